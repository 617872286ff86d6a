// Sends the account emails with links built from APP_URL.
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { activationMail, passwordChangedMail, passwordResetMail, signInsPausedMail } from "@/lib/mail/templates";

type Recipient = { email: string; fullName: string };
const link = (path: string, token: string) => `${env().APP_URL}${path}?token=${token}`;

export const sendActivationMail = (user: Recipient, token: string) =>
  sendMail({ to: user.email, ...activationMail({ fullName: user.fullName, url: link("/activate", token) }) });

export const sendPasswordResetMail = (user: Recipient, token: string) =>
  sendMail({ to: user.email, ...passwordResetMail({ fullName: user.fullName, url: link("/reset-password", token) }) });

export const sendSignInsPausedMail = (user: Recipient, seconds: number) =>
  sendMail({ to: user.email, ...signInsPausedMail({ fullName: user.fullName, seconds, url: `${env().APP_URL}/forgot-password` }) });

/** After a password change or reset: a failed notice is logged, the change stands. */
export const notifyPasswordChanged = (user: Recipient) =>
  sendMail({ to: user.email, ...passwordChangedMail({ fullName: user.fullName, when: new Date() }) }).catch((error: unknown) =>
    log.error({ err: error }, "password-changed mail failed"),
  );

/**
 * For requests whose answer must not reveal whether the account exists: the lookup and the
 * mail happen after the response, and a failure is logged rather than shown to the requester.
 */
export function sendInBackground(what: string, send: () => Promise<void>) {
  void send().catch((error: unknown) => log.error({ err: error, mail: what }, "account mail failed"));
}
