// HTTP caching of public answers: a strong ETag over the exact body, 304 when the client
// already holds it, and a lifetime that lets a CDN serve the catalog briefly. Private
// answers are never stored anywhere.
import { createHash } from "node:crypto";

export const PRIVATE_CACHE_CONTROL = "no-store";
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

export const etagOf = (body: string) => `"${createHash("sha1").update(body).digest("base64url")}"`;

/** True when If-None-Match names this ETag (or is "*"). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}
