// The security headers of every response, and the Content-Security-Policy of pages.
//
// Two script policies, so that public pages can stay static and cacheable: pages rendered
// per request anyway (the signed-in areas and the sign-in pages) get a fresh nonce from
// proxy.ts and allow only scripts carrying it ('strict-dynamic' lets those load Next's
// chunks); every other response gets the fixed policy below from the server entry, which
// has to allow inline scripts because a prerendered or cached page cannot carry a
// per-request nonce. Neither allows eval outside development, where React needs it.

/** Video players that lessons may embed: exactly the privacy-friendly ones lib/contents/video.ts makes. */
const PLAYER_ORIGINS = "https://www.youtube-nocookie.com https://player.vimeo.com";

export function contentSecurityPolicy({ nonce, dev }: { nonce?: string; dev: boolean }): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes, which no nonce can cover.
    "style-src 'self' 'unsafe-inline'",
    // Lessons show images by URL and play direct .mp4/.webm links from any https host.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "media-src 'self' blob: https:",
    "connect-src 'self'",
    `frame-src ${PLAYER_ORIGINS}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "display-capture", "browsing-topics"];

/** Headers for every response; HSTS only when the public URL is https. */
export function securityHeaders({ appUrl, dev }: { appUrl: string; dev: boolean }): [name: string, value: string][] {
  const headers: [string, string][] = [
    ["content-security-policy", contentSecurityPolicy({ dev })],
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "strict-origin-when-cross-origin"],
    ["x-frame-options", "DENY"],
    ["permissions-policy", DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ")],
  ];
  if (appUrl.startsWith("https://")) headers.push(["strict-transport-security", "max-age=31536000; includeSubDomains"]);
  return headers;
}
