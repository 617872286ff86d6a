"use client";
// A LINK: the address and a description of what students find there. Students open it in a
// new tab that cannot reach back into the course (rel="noopener noreferrer").
import { useWatch } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import type { LinkValues } from "./content-values";
import { ContentBasics, type ContentFormProps, ContentFormShell, useContentForm } from "./content-form";

export function LinkForm(props: ContentFormProps<LinkValues>) {
  const { form, onSubmit, t } = useContentForm({ ...props, schema: () => import("@/lib/contents/schemas").then((schemas) => schemas.ZLinkInput) });
  const url = useWatch({ control: form.control, name: "url" })?.trim() ?? "";
  return (
    <ContentFormShell form={form} onSubmit={onSubmit} isNew={props.contentRef.contentId === null}>
      <ContentBasics form={form} />
      <TextField form={form} name="url" label={t("linkUrl")} hint={t("linkUrlHint")} type="url" inputMode="url" autoComplete="off" spellCheck={false} />
      <div className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        <p>{t("linkOpens")}</p>
        {/^https?:\/\/\S+$/i.test(url) && (
          <p className="mt-1 break-all">
            <a href={url} target="_blank" rel="noopener noreferrer" className="text-link">
              {url}
              <span className="sr-only"> {t("opensInNewTab")}</span>
            </a>
          </p>
        )}
      </div>
    </ContentFormShell>
  );
}
