import { describe, expect, it } from "vitest";
import { isPublicUploadKey, isValidKey, newAvatarKey } from "@/lib/storage/keys";

describe("public upload keys", () => {
  it("makes every new avatar key valid and public", () => {
    for (const extension of ["jpg", "png"] as const) {
      const key = newAvatarKey(extension);
      expect(key).toMatch(new RegExp(`^avatars/[0-9a-f-]{36}\\.${extension}$`));
      expect([isValidKey(key), isPublicUploadKey(key)]).toEqual([true, true]);
    }
    expect(newAvatarKey("png")).not.toBe(newAvatarKey("png"));
  });

  it("keeps everything but avatar images private", () => {
    for (const key of ["assignments/report.png", "avatars/me.gif", "avatars/sub/me.png", "avatars/../me.png", "avatars/Me.png", "x/avatars/me.png", "avatars/.png", "avatars/me.png/"]) {
      expect(isPublicUploadKey(key), key).toBe(false);
    }
  });
});
