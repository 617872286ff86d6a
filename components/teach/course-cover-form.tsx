"use client";
// The course's cover: uploaded as soon as a picture is chosen (the field previews it
// meanwhile), removed behind a confirm. The server decides by the file's bytes.
import { useClientText } from "@/components/i18n/client-text";
import type { removeCoverAction, uploadCoverAction } from "@/app/teach/courses/[courseId]/actions";
import { FileField } from "@/components/forms/file-field";
import { usePictureUpload } from "@/components/forms/use-picture-upload";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { MAX_COVER_BYTES } from "@/lib/courses/course-limits";

type CourseCoverFormProps = { courseId: number; /** The saved cover, in a size fit for the preview. */ coverUrl: string | null; upload: typeof uploadCoverAction; remove: typeof removeCoverAction };

const megabytes = MAX_COVER_BYTES / (1024 * 1024);

export function CourseCoverForm({ courseId, coverUrl, upload, remove }: CourseCoverFormProps) {
  const t = useClientText("CourseForm");
  const { current, error, saves, pending, box, onFile, removePicture } = usePictureUpload({
    savedUrl: coverUrl,
    maxBytes: MAX_COVER_BYTES,
    upload: async (file) => {
      const form = new FormData();
      form.set("courseId", String(courseId));
      form.set("cover", file);
      const result = await upload(form);
      return result.ok ? { ...result, data: result.data.coverPreviewUrl } : result;
    },
    remove: () => remove({ courseId }),
    messages: { tooLarge: t("coverTooLarge", { megabytes }), saved: t("coverSaved"), removed: t("coverRemoved") },
  });

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
            onConfirm={removePicture}
          />
        )}
      </div>
    </div>
  );
}
