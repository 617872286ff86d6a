"use client";
import { useClientText } from "@/components/i18n/client-text";
import type { removeAvatarAction, uploadAvatarAction } from "@/app/settings/actions";
import { FileField } from "@/components/forms/file-field";
import { usePictureUpload } from "@/components/forms/use-picture-upload";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { MAX_AVATAR_BYTES } from "@/lib/users/avatar-limits";

type AvatarFormProps = { avatarUrl: string | null; upload: typeof uploadAvatarAction; remove: typeof removeAvatarAction };

const megabytes = MAX_AVATAR_BYTES / (1024 * 1024);

/** Uploads a picture as soon as one is chosen; the field previews it meanwhile. */
export function AvatarForm({ avatarUrl, upload, remove }: AvatarFormProps) {
  const t = useClientText("SettingsForms");
  const { current, error, saves, pending, box, onFile, removePicture } = usePictureUpload({
    savedUrl: avatarUrl,
    maxBytes: MAX_AVATAR_BYTES,
    upload: async (file) => {
      const form = new FormData();
      form.set("avatar", file);
      const result = await upload(form);
      return result.ok ? { ...result, data: result.data.avatarUrl } : result;
    },
    remove,
    messages: { tooLarge: t("avatarTooLarge", { megabytes }), saved: t("avatarSaved"), removed: t("pictureRemoved") },
  });

  return (
    <div ref={box} className="flex flex-wrap items-center justify-between gap-4">
      <FileField
        key={saves}
        name="avatar"
        label={t("avatarLabel")}
        hideLabel
        hint={t("avatarHint", { megabytes })}
        accept="image/png,image/jpeg"
        disabled={pending}
        chooseLabel={t("avatarChoose")}
        noFileLabel={t("avatarNoFile")}
        previewAlt={t("avatarAlt")}
        currentUrl={current}
        progress={pending ? null : undefined}
        progressLabel={t("avatarUploading")}
        error={error}
        onFileChange={onFile}
      />
      {current && !pending && (
        <ConfirmDialog
          triggerLabel={t("removePicture")}
          triggerVariant="ghost"
          triggerSize="sm"
          title={t("removePictureTitle")}
          description={t("removePictureDescription")}
          confirmLabel={t("removePicture")}
          cancelLabel={t("cancel")}
          onConfirm={removePicture}
        />
      )}
    </div>
  );
}
