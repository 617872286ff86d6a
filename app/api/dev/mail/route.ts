// GET /api/dev/mail?to=<address> — the outbox as JSON, newest last, for tests and tools.
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/errors";
import { listOutbox, outboxReadable } from "@/lib/mail/outbox";

export const GET = withApi(async ({ req }) => {
  if (!outboxReadable()) throw new AppError("NOT_FOUND", "No such API endpoint.");
  const to = new URL(req.url).searchParams.get("to") ?? undefined;
  // The newest 100, shown oldest first.
  const mails = (await listOutbox({ to, limit: 100, order: "desc" })).reverse();
  return {
    message: "Successfully retrieved the mail outbox.",
    data: { mails: mails.map(({ to, subject, text, html, createdAt }) => ({ to, subject, text, html, createdAt: createdAt.toISOString() })) },
  };
});
