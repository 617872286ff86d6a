"use client";
import { useClientText } from "@/components/i18n/client-text";
import { useEffect, useRef, useState, useTransition } from "react";
import type { removeAvatarAction, uploadAvatarAction } from "@/app/settings/actions";
import { FileField } from "@/components/forms/file-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { MAX_AVATAR_BYTES } from "@/lib/users/avatar-limits";

type AvatarFormProps = { avatarUrl: string | null; upload: typeof uploadAvatarAction; remove: typeof removeAvatarAction };

const megabytes = MAX_AVATAR_BYTES / (1024 * 1024);

/** Uploads a picture as soon as one is chosen; the field previews it meanwhile. */
export function AvatarForm({ avatarUrl, upload, remove }: AvatarFormProps) {
  const t = useClientText("SettingsForms");
  const [current, setCurrent] = useState(avatarUrl);
  const [error, setError] = useState<string>();
  // A new key after a change resets the field, so it shows the saved picture, not the chosen file.
  const [saves, setSaves] = useState(0);
  const [pending, start] = useTransition();
  // The input loses focus while it is disabled for an upload, or when "Remove picture" goes
  // away with the picture: it gets it back then, so keyboard users stay where they were.
  const box = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus) box.current?.querySelector("input")?.focus();
  }, [refocus]);

  const onFile = (file: File | null) => {
    setError(undefined);
    if (!file) return;
    // Quick feedback for the obvious case; the server decides by the file's bytes.
    if (file.size > MAX_AVATAR_BYTES) return setError(t("avatarTooLarge", { megabytes }));
    const form = new FormData();
    form.set("avatar", file);
    start(async () => {
      const result = await upload(form);
      setRefocus((count) => count + 1);
      if (!result.ok) return setError(result.error);
      setCurrent(result.data.avatarUrl);
      setSaves((count) => count + 1);
      toast(t("avatarSaved"));
    });
  };

  const removePicture = async () => {
    const result = await remove();
    if (!result.ok) return toast(result.error, "error");
    setCurrent(null);
    setSaves((count) => count + 1);
    setRefocus((count) => count + 1);
    toast(t("pictureRemoved"));
  };

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
