import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { savedLocale, setLocale } from "@/lib/users/locale";
import { makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

describe("setLocale", () => {
  it("saves the actor's own language, which sign-in then reads back", async () => {
    const user = await makeUser();
    expect(await savedLocale(user.id)).toBeNull();
    expect(await setLocale(actorOf(user), { locale: "id" })).toEqual({ locale: "id" });
    expect(await savedLocale(user.id)).toBe("id");
    expect(await setLocale(actorOf(user), { locale: "en" })).toEqual({ locale: "en" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
  });

  it("rejects a language we do not have with a field error and saves nothing", async () => {
    const user = await makeUser();
    const error = await fail(setLocale(actorOf(user), { locale: "fr" }));
    expect(error?.status).toBe(400);
    expect(error?.fieldErrors).toEqual([{ field: "locale", message: "locale must be one of: en, id" }]);
    expect(await savedLocale(user.id)).toBeNull();
  });

  it("changes only the actor's own row", async () => {
    const [user, other] = await Promise.all([makeUser(), makeUser()]);
    await setLocale(actorOf(user), { locale: "id" });
    expect(await savedLocale(other.id)).toBeNull();
  });

  it("has nothing saved for a user who does not exist", async () => {
    expect(await savedLocale(2_000_000_000)).toBeNull();
  });
});
