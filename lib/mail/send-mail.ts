// The one entry point for sending mail; the transport follows the environment.
import { env } from "@/lib/env";
import { deliverToOutbox, deliverWithResend, type Mail } from "./transport";

export async function sendMail(mail: Mail): Promise<void> {
  const apiKey = env().RESEND_API_KEY;
  if (apiKey) return deliverWithResend(mail, apiKey);
  return deliverToOutbox(mail);
}
