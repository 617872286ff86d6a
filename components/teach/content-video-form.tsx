"use client";
// A VIDEO: its URL, and once the URL is one we can play, the player students will see:
// YouTube without cookies, Vimeo with do-not-track, or the browser's own player for a file.
import { useWatch } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { parseVideoUrl } from "@/lib/contents/video";
import type { VideoValues } from "./content-values";
import { ContentBasics, type ContentFormProps, ContentFormShell, useContentForm } from "./content-form";
import { VideoPlayer } from "./content-video-player";

export function VideoForm(props: ContentFormProps<VideoValues>) {
  const { form, onSubmit, t } = useContentForm({ ...props, schema: () => import("@/lib/contents/schemas").then((schemas) => schemas.ZVideoInput) });
  const [url, title] = useWatch({ control: form.control, name: ["url", "title"] });
  const embed = parseVideoUrl(url ?? "");
  return (
    <ContentFormShell form={form} onSubmit={onSubmit} isNew={props.contentRef.contentId === null}>
      <ContentBasics form={form} />
      <TextField form={form} name="url" label={t("videoUrl")} hint={t("videoUrlHint")} type="url" inputMode="url" autoComplete="off" spellCheck={false} />
      <section aria-labelledby="video-preview" className="space-y-2">
        <h3 id="video-preview" className="text-sm font-medium text-slate-900">
          {t("videoPreview")}
        </h3>
        {embed ? <VideoPlayer embed={embed} title={t("videoPlayerTitle", { title: title || t("untitled") })} /> : <p className="text-sm text-slate-600">{t("videoPreviewEmpty")}</p>}
      </section>
    </ContentFormShell>
  );
}
