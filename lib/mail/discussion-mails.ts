// The mail a commenter gets when someone replies to their comment, with the reply's opening
// and the link to the thread.
import { layout, type MailWording, product, type RenderedMail } from "./templates";

type ReplyMail = { fullName: string; replierName: string; forumTitle: string; excerpt: string; url: string };

export const commentReplyMail = ({ fullName, replierName, forumTitle, excerpt, url }: ReplyMail, wording: MailWording): RenderedMail =>
  layout(wording, {
    subject: wording.t("replySubject", { name: replierName, forum: forumTitle }),
    fullName,
    paragraphs: [wording.t("replyBody", { name: replierName, forum: forumTitle }), excerpt],
    action: { label: wording.t("replyAction"), url },
    footer: wording.t("replyFooter", product),
  });
