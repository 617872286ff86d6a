// The congratulation mail of a completed course, with the link to its certificate.
import { layout, type MailWording, product, type RenderedMail } from "./templates";

export const courseCompletedMail = ({ fullName, courseTitle, url }: { fullName: string; courseTitle: string; url: string }, wording: MailWording): RenderedMail =>
  layout(wording, {
    subject: wording.t("completedSubject", { course: courseTitle }),
    fullName,
    paragraphs: [wording.t("completedBody", { course: courseTitle }), wording.t("completedShare")],
    action: { label: wording.t("completedAction"), url },
    footer: wording.t("completedFooter", product),
  });
