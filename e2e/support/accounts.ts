// Helpers for journeys that need accounts: unique addresses, and links read from the
// development mail outbox as a person would read their inbox.
import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";

export const uniqueEmail = (label = "e2e") => `${label}-${randomUUID().slice(0, 8)}@example.test`;

type Mail = { to: string; subject: string; text: string; html: string; createdAt: string };

/** Polls the outbox for the newest mail to the address whose subject matches. */
export async function latestMail(request: APIRequestContext, to: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(async () => {
      const body = await (await request.get(`/api/dev/mail?to=${encodeURIComponent(to)}`)).json();
      found = (body.data?.mails as Mail[] | undefined)?.filter((mail) => subject.test(mail.subject)).at(-1);
      return Boolean(found);
    })
    .toBe(true);
  return found!;
}

export function linkIn(mail: Mail, path: string): string {
  const url = new RegExp(`https?://[^\\s]+${path.replace("/", "\\/")}\\?token=[0-9a-f]{64}`).exec(mail.text)?.[0];
  if (!url) throw new Error(`no ${path} link in mail "${mail.subject}"`);
  return url;
}

export const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
