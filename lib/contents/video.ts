// What a VIDEO content's URL plays as. YouTube and Vimeo links become their privacy-friendly
// embeds (youtube-nocookie, Vimeo's do-not-track player), whatever form the teacher pasted;
// a direct .mp4 or .webm file plays in an HTML5 <video>. Anything else is not a video we can
// show, so the schema rejects it at write time.

export type VideoProvider = "youtube" | "vimeo" | "file";
export type VideoEmbed = { provider: VideoProvider; embedUrl: string; mimeType?: "video/mp4" | "video/webm" };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[0-9a-f]{6,40}$/i;
/** A vimeo.com page of one video: <id>[/<hash>], channels/<name>/<id>, groups/<name>/videos/<id>, showcase|album/<n>/video/<id>. */
const VIMEO_PAGE = /^(?:channels\/[\w-]+\/|groups\/[\w-]+\/videos\/|(?:showcase|album)\/\d+\/video\/)?(\d{1,12})(?:\/([0-9a-f]{6,40}))?$/i;
const YOUTUBE_HOSTS = new Set(["youtube.com", "music.youtube.com", "youtube-nocookie.com"]);
const FILE_TYPES = { mp4: "video/mp4", webm: "video/webm" } as const;

/** The host without the "www." or "m." a shared link often carries. */
const bareHost = (host: string) => host.toLowerCase().replace(/^(?:www|m)\./, "");

/** YouTube's start time: "90", "90s" or "1h2m30s"; anything else is ignored. */
function startSeconds(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+s?$/.test(value)) return Number.parseInt(value, 10) || null;
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!parts || !value) return null;
  const [, h = "0", m = "0", s = "0"] = parts;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) || null;
}

function youtubeId(url: URL, host: string): string | null {
  const segments = url.pathname.split("/").filter(Boolean);
  if (host === "youtu.be") return segments[0] ?? null;
  if (!YOUTUBE_HOSTS.has(host)) return null;
  if (segments[0] === "watch") return url.searchParams.get("v");
  if (["embed", "shorts", "live", "v"].includes(segments[0] ?? "")) return segments[1] ?? null;
  return null;
}

function youtube(url: URL, host: string): VideoEmbed | null {
  const id = youtubeId(url, host);
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const start = startSeconds(url.searchParams.get("t") ?? url.searchParams.get("start"));
  return { provider: "youtube", embedUrl: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ""}` };
}

// A video page on vimeo.com or the player's own URL; an unlisted video needs its hash
// (a path segment or ?h=) in the player URL.
function vimeo(url: URL, host: string): VideoEmbed | null {
  const segments = url.pathname.split("/").filter(Boolean);
  let id: string | undefined;
  let hash = url.searchParams.get("h") ?? undefined;
  if (host === "player.vimeo.com") {
    if (segments[0] !== "video" || segments.length !== 2) return null;
    id = segments[1];
  } else if (host === "vimeo.com") {
    const path = VIMEO_PAGE.exec(segments.join("/"));
    if (!path) return null;
    id = path[1];
    hash ??= path[2];
  } else return null;
  if (!id || !VIMEO_ID.test(id)) return null;
  const query = hash && VIMEO_HASH.test(hash) ? `h=${hash}&dnt=1` : "dnt=1";
  return { provider: "vimeo", embedUrl: `https://player.vimeo.com/video/${id}?${query}` };
}

// A direct file must come over https: an http video on our https pages is mixed content,
// which browsers upgrade (and fail) or block. YouTube and Vimeo links are rewritten to https.
function videoFile(url: URL): VideoEmbed | null {
  if (url.protocol !== "https:") return null;
  const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (extension !== "mp4" && extension !== "webm") return null;
  return { provider: "file", embedUrl: url.href, mimeType: FILE_TYPES[extension] };
}

/** The player for a VIDEO URL, or null when it is not a YouTube, Vimeo or direct .mp4/.webm link. */
export function parseVideoUrl(input: string): VideoEmbed | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  const host = bareHost(url.hostname);
  if (host === "youtu.be" || YOUTUBE_HOSTS.has(host)) return youtube(url, host);
  if (host === "vimeo.com" || host === "player.vimeo.com") return vimeo(url, host);
  return videoFile(url);
}
