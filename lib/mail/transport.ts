// Two ways out for mail: Resend when RESEND_API_KEY is set, otherwise the MailOutbox table
// that developers read at /dev/mail. A failed send is logged and raised, never dropped:
// Resend does not throw on failure, it resolves to { data: null, error }.
import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

export type Mail = { to: string; subject: string; text: string; html: string };

/** Mail stays in the local outbox: no Resend key is configured. */
export function outboxEnabled(): boolean {
  return !env().RESEND_API_KEY;
}

// One client per key (the key is part of the client, so a changed key gets a new one).
let client: { apiKey: string; resend: Resend } | undefined;

function resendFor(apiKey: string): Resend {
  if (client?.apiKey !== apiKey) client = { apiKey, resend: new Resend(apiKey) };
  return client.resend;
}

const deliveryFailed = () => new AppError("INTERNAL", { key: "mailFailed" });

export async function deliverWithResend(mail: Mail, apiKey: string): Promise<void> {
  // Only the recipient, subject and Resend's error go to the log: never the key or the body,
  // which carries single-use links.
  const context = { to: mail.to, subject: mail.subject };
  let result: Awaited<ReturnType<Resend["emails"]["send"]>>;
  try {
    result = await resendFor(apiKey).emails.send({ from: env().EMAIL_FROM, ...mail });
  } catch (error) {
    log.error({ ...context, error: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "mail delivery failed");
    throw deliveryFailed();
  }
  if (result.error) {
    const { name, message, statusCode } = result.error;
    log.error({ ...context, error: { name, message, statusCode } }, "mail delivery failed");
    throw deliveryFailed();
  }
}

/** Stores the mail; the recipient is kept lower-case so that lookups match any casing. */
export async function deliverToOutbox(mail: Mail): Promise<void> {
  await db.mailOutbox.create({ data: { ...mail, to: mail.to.trim().toLowerCase() } });
}
