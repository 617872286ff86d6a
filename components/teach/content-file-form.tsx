"use client";
// A FILE's title and description. The file itself is uploaded beside this form once the
// content exists (its upload needs the content's id).
import type { FileValues } from "./content-values";
import { ContentBasics, type ContentFormProps, ContentFormShell, useContentForm } from "./content-form";

export function FileForm(props: ContentFormProps<FileValues>) {
  const { form, onSubmit } = useContentForm({ ...props, schema: () => import("@/lib/contents/schemas").then((schemas) => schemas.ZFileInput) });
  return (
    <ContentFormShell form={form} onSubmit={onSubmit} isNew={props.contentRef.contentId === null}>
      <ContentBasics form={form} />
    </ContentFormShell>
  );
}
