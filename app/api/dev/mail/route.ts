// GET /api/dev/mail?to=<address> — the outbox as JSON, newest last, for tests and tools.
import { z } from "zod";
import { apiHandler } from "@/lib/api/handle";
import { route } from "@/lib/api/route-spec";
import { AppError } from "@/lib/errors";
import { listOutbox, outboxReadable } from "@/lib/mail/outbox";

const ZMail = z.object({ to: z.string(), subject: z.string(), text: z.string(), html: z.string(), createdAt: z.string() });

export const GET = apiHandler(
  route({
    summary: "The development mail outbox",
    tags: ["Development"],
    auth: "none",
    query: z.object({ to: z.string().max(254).optional() }),
    data: z.object({ mails: z.array(ZMail) }),
    handler: async ({ query }) => {
      if (!outboxReadable()) throw new AppError("NOT_FOUND", { key: "noSuchEndpoint" });
      // The newest 100, shown oldest first.
      const mails = (await listOutbox({ to: query.to, limit: 100, order: "desc" })).reverse();
      return {
        message: { key: "outboxRetrieved" },
        data: { mails: mails.map(({ to, subject, text, html, createdAt }) => ({ to, subject, text, html, createdAt: createdAt.toISOString() })) },
      };
    },
  }),
);
