// Telling a commenter that someone replied to them: after the reply is committed, in the
// language they saved, unless they replied to themselves or turned these mails off. A failed
// mail is logged; the reply stands.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { commentReplyMail } from "@/lib/mail/discussion-mails";
import { sendMail } from "@/lib/mail/send-mail";
import { mailWordingFor } from "@/lib/mail/templates";
import { threadPath } from "./links";

const EXCERPT = 300;
export const excerptOf = (body: string) => (body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1).trimEnd()}…` : body);

type Reply = { id: number; discussionId: number; parentId: number; body: string; authorId: number };

export async function mailReplyNotice(reply: Reply) {
  try {
    const parent = await db.comment.findUnique({
      where: { id: reply.parentId },
      select: {
        author: { select: { id: true, email: true, fullName: true, locale: true, notifyOnReply: true, disabledAt: true } },
        discussion: { select: { title: true } },
      },
    });
    const recipient = parent?.author;
    if (!parent || !recipient || recipient.id === reply.authorId || !recipient.notifyOnReply || recipient.disabledAt) return;
    const replier = await db.user.findUnique({ where: { id: reply.authorId }, select: { fullName: true } });
    const wording = await mailWordingFor(recipient.locale ?? DEFAULT_LOCALE);
    const mail = commentReplyMail(
      {
        fullName: recipient.fullName,
        replierName: replier?.fullName ?? "",
        forumTitle: parent.discussion.title,
        excerpt: excerptOf(reply.body),
        url: `${env().APP_URL}${threadPath(reply.discussionId, reply.parentId, reply.id)}`,
      },
      wording,
    );
    await sendMail({ to: recipient.email, ...mail });
  } catch (error) {
    log.error({ err: error, commentId: reply.id }, "comment-reply mail failed");
  }
}
