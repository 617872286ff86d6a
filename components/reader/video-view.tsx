// A video: YouTube and Vimeo in their privacy-friendly players (the CSP allows exactly
// those frames), a direct file in the browser's own player.
import { useT } from "@/lib/i18n/translator";
import type { ContentOf } from "./views";

export function VideoView({ content }: { content: ContentOf<"Video"> }) {
  const t = useT("Reader");
  const { embed } = content;
  if (!embed) {
    return (
      <p className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        {t("videoUnavailable")}{" "}
        <a href={content.url} target="_blank" rel="noopener noreferrer" className="text-link">
          {t("openVideo")} <span className="sr-only">{t("newTab")}</span>
        </a>
      </p>
    );
  }
  return (
    <div className="aspect-video w-full overflow-hidden rounded-xl bg-slate-900 shadow-sm">
      {embed.provider === "file" ? (
        <video controls preload="metadata" className="size-full" aria-label={t("videoTitle", { title: content.title })}>
          <source src={embed.embedUrl} type={embed.mimeType} />
          <p className="p-4 text-sm text-slate-100">
            {t("videoUnsupported")}{" "}
            <a href={embed.embedUrl} className="underline">
              {t("openVideo")}
            </a>
          </p>
        </video>
      ) : (
        <iframe
          src={embed.embedUrl}
          title={t("videoTitle", { title: content.title })}
          className="size-full"
          loading="lazy"
          allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      )}
    </div>
  );
}
