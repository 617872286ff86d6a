// Two ways out for mail: Resend when RESEND_API_KEY is set, otherwise the outbox table
// that developers read at /dev/mail. A failed send is logged and raised, never dropped.
import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

export type Mail = { to: string; subject: string; text: string; html: string };

export const outboxEnabled = () => !env().RESEND_API_KEY;

let resend: Resend | undefined;

export async function deliverWithResend(mail: Mail, apiKey: string) {
  resend ??= new Resend(apiKey);
  const { error } = await resend.emails.send({ from: env().EMAIL_FROM, ...mail });
  if (error) {
    log.error({ to: mail.to, subject: mail.subject, error: { name: error.name, message: error.message } }, "mail delivery failed");
    throw new AppError("INTERNAL", "We could not send the email. Please try again later.");
  }
}

export async function deliverToOutbox(mail: Mail) {
  await db.mailOutbox.create({ data: { ...mail, to: mail.to.toLowerCase() } });
}
