import { env } from "@/lib/env";
import { deliverToOutbox, deliverWithResend, type Mail } from "./transport";

export async function sendMail(mail: Mail): Promise<void> {
  const apiKey = env().RESEND_API_KEY;
  await (apiKey ? deliverWithResend(mail, apiKey) : deliverToOutbox(mail));
}
