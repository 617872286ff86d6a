// The account emails, in the recipient's language. One layout renders both parts: a
// plain-text part with the link as a full URL on a line of its own, and a simple
// inline-styled HTML part with the same link as a button plus the raw URL as a fallback.
// Every user-supplied value is HTML-escaped.
import { env } from "@/lib/env";
import { type Locale, TIME_ZONES } from "@/lib/i18n/locales";
import { englishIn } from "@/lib/i18n/server-text";
import { type T, translatorFor } from "@/lib/i18n/translator";

export type RenderedMail = { subject: string; text: string; html: string };
/** The language a mail is written in. */
export type MailWording = { locale: Locale; t: T<"Mail"> };
type Action = { label: string; url: string };

const PRODUCT = "Lumen LMS";
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => entities[char] ?? char);

const english: MailWording = { locale: "en", t: englishIn("Mail") };

export async function mailWordingFor(locale: Locale): Promise<MailWording> {
  return locale === "en" ? english : { locale, t: await translatorFor(locale, "Mail") };
}

/** The one layout of every mail: greeting, paragraphs, one action button, a footer. */
export function layout(wording: MailWording, opts: { subject: string; fullName: string; paragraphs: string[]; action: Action; footer: string }): RenderedMail {
  const { subject, paragraphs, action, footer } = opts;
  const greeting = wording.t("greeting", { name: opts.fullName });
  const text = [greeting, "", ...paragraphs.flatMap((p) => [p, ""]), `${action.label}:`, action.url, "", footer, "", `— ${PRODUCT}`].join("\n");

  const url = escapeHtml(action.url);
  const muted = "font-size:13px;line-height:1.6;color:#475569";
  const html = `<!doctype html>
<html lang="${wording.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px 0;background:#f1f5f9;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;color:#0f172a">
<main style="max-width:560px;margin:0 auto;padding:32px 24px;background:#ffffff;border-radius:12px">
<p style="margin:0 0 24px;font-size:18px;font-weight:700;color:#4338ca">${PRODUCT}</p>
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p style="line-height:1.6">${escapeHtml(p)}</p>`).join("\n")}
<p style="margin:28px 0"><a href="${url}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:#4338ca;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="${muted}">${escapeHtml(wording.t("linkFallback"))}<br><a href="${url}" style="color:#4338ca;word-break:break-all">${url}</a></p>
<p style="${muted}">${escapeHtml(footer)}</p>
</main></body></html>`;
  return { subject, text, html };
}

export const product = { product: PRODUCT };

export const activationMail = ({ fullName, url }: { fullName: string; url: string }, wording = english): RenderedMail =>
  layout(wording, {
    subject: wording.t("activationSubject", product),
    fullName,
    paragraphs: [wording.t("activationBody", product)],
    action: { label: wording.t("activationAction"), url },
    footer: wording.t("activationFooter"),
  });

export const passwordResetMail = ({ fullName, url }: { fullName: string; url: string }, wording = english): RenderedMail =>
  layout(wording, {
    subject: wording.t("resetSubject", product),
    fullName,
    paragraphs: [wording.t("resetBody", product)],
    action: { label: wording.t("resetAction"), url },
    footer: wording.t("resetFooter"),
  });

const longMoment: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };

/** English keeps the unambiguous UTC stamp; other languages get their own long date and the zone their pages use. */
const moment = (when: Date, locale: Locale) =>
  locale === "en" ? when.toUTCString() : new Intl.DateTimeFormat(locale, { ...longMoment, timeZone: TIME_ZONES[locale] }).format(when);

export const passwordChangedMail = ({ fullName, when }: { fullName: string; when: Date }, wording = english): RenderedMail =>
  layout(wording, {
    subject: wording.t("changedSubject", product),
    fullName,
    paragraphs: [wording.t("changedBody", { ...product, when: moment(when, wording.locale) }), wording.t("changedWarning")],
    action: { label: wording.t("changedAction"), url: `${env().APP_URL}/forgot-password` },
    footer: wording.t("securityNotice"),
  });

const duration = (seconds: number, wording: MailWording) => {
  const hours = Math.round(seconds / 3600);
  if (hours >= 1) return wording.t("hours", { count: hours });
  return wording.t("minutes", { count: Math.max(1, Math.round(seconds / 60)) });
};

export const signInsPausedMail = ({ fullName, seconds, url }: { fullName: string; seconds: number; url: string }, wording = english): RenderedMail =>
  layout(wording, {
    subject: wording.t("pausedSubject", product),
    fullName,
    paragraphs: [wording.t("pausedBody", { ...product, duration: duration(seconds, wording) }), wording.t("pausedReassurance")],
    action: { label: wording.t("pausedAction"), url },
    footer: wording.t("pausedFooter"),
  });
