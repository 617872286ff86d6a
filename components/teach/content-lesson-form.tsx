"use client";
// A LESSON: markdown with a preview of what students will read, and its reading time.
import { useWatch } from "react-hook-form";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { readingMinutes } from "@/lib/contents/reading-time";
import type { LessonValues } from "./content-values";
import { ContentBasics, type ContentFormProps, ContentFormShell, useContentForm } from "./content-form";

export function LessonForm(props: ContentFormProps<LessonValues>) {
  const { form, onSubmit, t } = useContentForm({ ...props, schema: () => import("@/lib/contents/schemas").then((schemas) => schemas.ZLessonInput) });
  const body = useWatch({ control: form.control, name: "body" });
  return (
    <ContentFormShell form={form} onSubmit={onSubmit} isNew={props.contentRef.contentId === null}>
      <ContentBasics form={form} />
      <div className="space-y-2">
        <MarkdownEditor
          form={form}
          name="body"
          label={t("lessonBody")}
          hint={t("lessonBodyHint")}
          writeLabel={t("write")}
          previewLabel={t("preview")}
          emptyPreview={t("emptyPreview")}
          headingBase={2}
          rows={18}
        />
        <p className="text-sm text-slate-600">{t("readingTime", { minutes: readingMinutes(body ?? "") })}</p>
      </div>
    </ContentFormShell>
  );
}
