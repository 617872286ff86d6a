// The player of a VIDEO content, as parseVideoUrl describes it: an embed in a frame (with a
// title for screen readers) or the browser's own player for a direct file.
import type { VideoEmbed } from "@/lib/contents/video";

export function VideoPlayer({ embed, title }: { embed: VideoEmbed; title: string }) {
  if (embed.provider === "file") {
    return (
      <video controls preload="metadata" className="aspect-video w-full rounded-lg bg-slate-950" aria-label={title}>
        <source src={embed.embedUrl} type={embed.mimeType} />
      </video>
    );
  }
  return (
    <iframe
      src={embed.embedUrl}
      title={title}
      loading="lazy"
      allow="encrypted-media; picture-in-picture; fullscreen"
      referrerPolicy="strict-origin-when-cross-origin"
      className="aspect-video w-full rounded-lg border-0 bg-slate-950"
    />
  );
}
