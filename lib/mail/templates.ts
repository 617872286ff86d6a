// The account emails. One layout renders both parts: a plain-text part with the link as a
// full URL on a line of its own, and a simple inline-styled HTML part with the same link as
// a button plus the raw URL as a fallback. Every user-supplied value is HTML-escaped.
import { env } from "@/lib/env";

export type RenderedMail = { subject: string; text: string; html: string };
type Action = { label: string; url: string };

const PRODUCT = "Lumen LMS";
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => entities[char] ?? char);

function layout(opts: { subject: string; fullName: string; paragraphs: string[]; action: Action; footer: string }): RenderedMail {
  const { subject, paragraphs, action, footer } = opts;
  const greeting = `Hi ${opts.fullName},`;
  const text = [greeting, "", ...paragraphs.flatMap((p) => [p, ""]), `${action.label}:`, action.url, "", footer, "", `— ${PRODUCT}`].join("\n");

  const url = escapeHtml(action.url);
  const muted = "font-size:13px;line-height:1.6;color:#475569";
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px 0;background:#f1f5f9;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;color:#0f172a">
<main style="max-width:560px;margin:0 auto;padding:32px 24px;background:#ffffff;border-radius:12px">
<p style="margin:0 0 24px;font-size:18px;font-weight:700;color:#4338ca">${PRODUCT}</p>
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p style="line-height:1.6">${escapeHtml(p)}</p>`).join("\n")}
<p style="margin:28px 0"><a href="${url}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:#4338ca;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="${muted}">If the button does not work, copy this link into your browser:<br><a href="${url}" style="color:#4338ca;word-break:break-all">${url}</a></p>
<p style="${muted}">${escapeHtml(footer)}</p>
</main></body></html>`;
  return { subject, text, html };
}

export const activationMail = ({ fullName, url }: { fullName: string; url: string }): RenderedMail =>
  layout({
    subject: `Activate your ${PRODUCT} account`,
    fullName,
    paragraphs: [`Welcome to ${PRODUCT}! Please confirm your email address to activate your account.`],
    action: { label: "Activate your account", url },
    footer: "This link is valid for 24 hours. If you did not create an account, you can ignore this email.",
  });

export const passwordResetMail = ({ fullName, url }: { fullName: string; url: string }): RenderedMail =>
  layout({
    subject: `Reset your ${PRODUCT} password`,
    fullName,
    paragraphs: [`Someone asked to reset the password of your ${PRODUCT} account. If it was you, choose a new password with the link below.`],
    action: { label: "Choose a new password", url },
    footer: "This link is valid for 30 minutes and works once. If you did not ask for it, ignore this email: your password stays as it is.",
  });

export const passwordChangedMail = ({ fullName, when }: { fullName: string; when: Date }): RenderedMail =>
  layout({
    subject: `Your ${PRODUCT} password was changed`,
    fullName,
    paragraphs: [
      `The password of your ${PRODUCT} account was changed on ${when.toUTCString()}. You have been signed out everywhere.`,
      "If this wasn't you, reset your password immediately.",
    ],
    action: { label: "Reset your password", url: `${env().APP_URL}/forgot-password` },
    footer: "You are receiving this email because it concerns the security of your account.",
  });

const duration = (seconds: number) => {
  const hours = Math.round(seconds / 3600);
  if (hours >= 1) return `${hours} hour${hours === 1 ? "" : "s"}`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

export const signInsPausedMail = ({ fullName, seconds, url }: { fullName: string; seconds: number; url: string }): RenderedMail =>
  layout({
    subject: `Repeated failed sign-ins to your ${PRODUCT} account`,
    fullName,
    paragraphs: [
      `Someone has tried to sign in to your ${PRODUCT} account with a wrong password many times. To protect it, sign-ins from new devices are paused for ${duration(seconds)}.`,
      "Devices you have signed in from before still work. If these attempts were not you, nobody has got in, but choosing a new password now ends the pause and keeps your account safe.",
    ],
    action: { label: "Choose a new password", url },
    footer: "You are receiving this email because it concerns the security of your account. We send it at most once per pause.",
  });
