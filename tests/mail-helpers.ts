// Reading the mail outbox in tests, as a person would read their inbox.
import { vi } from "vitest";
import { db } from "@/lib/db";

export const mailsTo = (to: string) => db.mailOutbox.findMany({ where: { to: to.toLowerCase() }, orderBy: { id: "asc" } });

/** Waits for the newest mail to the address whose subject matches, and returns it. */
export async function waitForMail(to: string, subject: RegExp) {
  return vi.waitFor(
    async () => {
      const mail = (await mailsTo(to)).filter((m) => subject.test(m.subject)).at(-1);
      if (!mail) throw new Error(`no mail to ${to} matching ${subject}`);
      return mail;
    },
    { timeout: 5000, interval: 50 },
  );
}

export function tokenIn(mail: { text: string }): string {
  const token = /token=([0-9a-f]{64})/.exec(mail.text)?.[1];
  if (!token) throw new Error("no token link in mail");
  return token;
}
