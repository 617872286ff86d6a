// The account emails. Every mail has a plain-text part with its link as a full URL on a
// line of its own, and a simple HTML part with the same link as a button.
import { env } from "@/lib/env";

type Rendered = { subject: string; text: string; html: string };
type Action = { label: string; url: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

function layout(opts: { subject: string; greeting: string; paragraphs: string[]; action?: Action; footer: string }): Rendered {
  const text = [opts.greeting, "", ...opts.paragraphs.flatMap((p) => [p, ""]), ...(opts.action ? [`${opts.action.label}:`, opts.action.url, ""] : []), opts.footer, "", "— Lumen LMS"].join("\n");
  const button = opts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(opts.action.url)}" style="background:#4338ca;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(opts.action.label)}</a></p>
<p style="font-size:13px;color:#475569">If the button does not work, open this link:<br><a href="${escapeHtml(opts.action.url)}" style="color:#4338ca;word-break:break-all">${escapeHtml(opts.action.url)}</a></p>`
    : "";
  const html = `<!doctype html><html lang="en"><body style="margin:0;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;background:#ffffff">
<p style="font-weight:700;font-size:18px;color:#4338ca;margin:0 0 24px">Lumen LMS</p>
<p>${escapeHtml(opts.greeting)}</p>
${opts.paragraphs.map((p) => `<p style="line-height:1.6">${escapeHtml(p)}</p>`).join("\n")}
${button}
<p style="font-size:13px;color:#475569;line-height:1.6">${escapeHtml(opts.footer)}</p>
</div></body></html>`;
  return { subject: opts.subject, text, html };
}

export const activationMail = ({ fullName, url }: { fullName: string; url: string }) =>
  layout({
    subject: "Activate your Lumen LMS account",
    greeting: `Hi ${fullName},`,
    paragraphs: ["Welcome to Lumen LMS! Please confirm your email address to activate your account."],
    action: { label: "Activate your account", url },
    footer: "This link is valid for 24 hours. If you did not create an account, you can ignore this email.",
  });

export const passwordResetMail = ({ fullName, url }: { fullName: string; url: string }) =>
  layout({
    subject: "Reset your Lumen LMS password",
    greeting: `Hi ${fullName},`,
    paragraphs: ["Someone asked to reset the password of your Lumen LMS account. If it was you, choose a new password here."],
    action: { label: "Choose a new password", url },
    footer: "This link is valid for 30 minutes and works once. If you did not ask for it, ignore this email: your password stays as it is.",
  });

export const passwordChangedMail = ({ fullName, when }: { fullName: string; when: Date }) =>
  layout({
    subject: "Your Lumen LMS password was changed",
    greeting: `Hi ${fullName},`,
    paragraphs: [
      `The password of your Lumen LMS account was changed on ${when.toUTCString()}. You have been signed out everywhere.`,
      "If this wasn't you, reset your password immediately:",
    ],
    action: { label: "Reset your password", url: `${env().APP_URL}/forgot-password` },
    footer: "You are receiving this email because it concerns the security of your account.",
  });
