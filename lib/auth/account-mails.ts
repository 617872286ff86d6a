// Sends the account emails with links built from APP_URL, in the recipient's language: the
// one they chose, else the one they registered in (stored as their choice at registration,
// see docs/i18n.md), else English.
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { activationMail, mailWordingFor, passwordChangedMail, passwordResetMail, signInsPausedMail } from "@/lib/mail/templates";

type Recipient = { email: string; fullName: string; locale: Locale | null };
const link = (path: string, token: string) => `${env().APP_URL}${path}?token=${token}`;
const wordingOf = (user: Recipient) => mailWordingFor(user.locale ?? DEFAULT_LOCALE);

export const sendActivationMail = async (user: Recipient, token: string) =>
  sendMail({ to: user.email, ...activationMail({ fullName: user.fullName, url: link("/activate", token) }, await wordingOf(user)) });

export const sendPasswordResetMail = async (user: Recipient, token: string) =>
  sendMail({ to: user.email, ...passwordResetMail({ fullName: user.fullName, url: link("/reset-password", token) }, await wordingOf(user)) });

export const sendSignInsPausedMail = async (user: Recipient, seconds: number) =>
  sendMail({ to: user.email, ...signInsPausedMail({ fullName: user.fullName, seconds, url: `${env().APP_URL}/forgot-password` }, await wordingOf(user)) });

/** After a password change or reset: a failed notice is logged, the change stands. */
export const notifyPasswordChanged = async (user: Recipient) =>
  sendMail({ to: user.email, ...passwordChangedMail({ fullName: user.fullName, when: new Date() }, await wordingOf(user)) }).catch((error: unknown) =>
    log.error({ err: error }, "password-changed mail failed"),
  );

/**
 * For requests whose answer must not reveal whether the account exists: the lookup and the
 * mail happen after the response, and a failure is logged rather than shown to the requester.
 */
export function sendInBackground(what: string, send: () => Promise<void>) {
  void send().catch((error: unknown) => log.error({ err: error, mail: what }, "account mail failed"));
}
