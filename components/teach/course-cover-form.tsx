"use client";
// The course's cover: uploaded as soon as a picture is chosen (the field previews it
// meanwhile), removed behind a confirm. The server decides by the file's bytes.
import { useClientText } from "@/components/i18n/client-text";
import { useEffect, useRef, useState, useTransition } from "react";
import type { removeCoverAction, uploadCoverAction } from "@/app/teach/courses/[courseId]/actions";
import { FileField } from "@/components/forms/file-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { MAX_COVER_BYTES } from "@/lib/courses/course-limits";

type CourseCoverFormProps = { courseId: number; /** The saved cover, in a size fit for the preview. */ coverUrl: string | null; upload: typeof uploadCoverAction; remove: typeof removeCoverAction };

const megabytes = MAX_COVER_BYTES / (1024 * 1024);

export function CourseCoverForm({ courseId, coverUrl, upload, remove }: CourseCoverFormProps) {
  const t = useClientText("CourseForm");
  const [current, setCurrent] = useState(coverUrl);
  const [error, setError] = useState<string>();
  // A new key after a change resets the field, so it shows the saved cover, not the chosen file.
  const [saves, setSaves] = useState(0);
  const [pending, start] = useTransition();
  // The input loses focus while it is disabled for an upload, or remounted after a change:
  // it gets it back then, so keyboard users stay where they were.
  const box = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus) box.current?.querySelector("input")?.focus();
  }, [refocus]);

  const onFile = (file: File | null) => {
    setError(undefined);
    if (!file) return;
    // Quick feedback for the obvious case; the server decides by the file's bytes.
    if (file.size > MAX_COVER_BYTES) return setError(t("coverTooLarge", { megabytes }));
    const form = new FormData();
    form.set("courseId", String(courseId));
    form.set("cover", file);
    start(async () => {
      const result = await upload(form);
      setRefocus((count) => count + 1);
      if (!result.ok) return setError(result.error);
      setCurrent(result.data.coverPreviewUrl);
      setSaves((count) => count + 1);
      toast(t("coverSaved"));
    });
  };

  const removeCover = async () => {
    const result = await remove({ courseId });
    if (!result.ok) return toast(result.error, "error");
    setCurrent(null);
    setSaves((count) => count + 1);
    setRefocus((count) => count + 1);
    toast(t("coverRemoved"));
  };

  return (
    <div className="space-y-4">
      {current && (
        // eslint-disable-next-line @next/next/no-img-element -- a stored upload; its sizes are already made
        <img src={current} alt={t("coverAlt")} className="aspect-[2/1] w-full max-w-md rounded-lg object-cover ring-1 ring-slate-200" />
      )}
      <div ref={box} className="flex flex-wrap items-center justify-between gap-4">
        <FileField
          key={saves}
          name="cover"
          label={t("coverLabel")}
          hideLabel
          hint={t("coverHint", { megabytes })}
          accept="image/png,image/jpeg,image/webp"
          disabled={pending}
          chooseLabel={t("coverChoose")}
          noFileLabel={t("coverNoFile")}
          previewAlt={t("coverAlt")}
          progress={pending ? null : undefined}
          progressLabel={t("coverUploading")}
          error={error}
          onFileChange={onFile}
        />
        {current && !pending && (
          <ConfirmDialog
            triggerLabel={t("removeCover")}
            triggerVariant="ghost"
            triggerSize="sm"
            title={t("removeCoverTitle")}
            description={t("removeCoverDescription")}
            confirmLabel={t("removeCover")}
            cancelLabel={t("cancel")}
            onConfirm={removeCover}
          />
        )}
      </div>
    </div>
  );
}
