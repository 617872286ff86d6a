// The mail a student gets when the teacher grades (or re-grades) their assignment, with the
// link to the assignment in the reader, where the grade and the feedback are.
import { layout, type MailWording, product, type RenderedMail } from "./templates";

type GradedMail = { fullName: string; assignmentTitle: string; courseTitle: string; grade: number; url: string };

export const assignmentGradedMail = ({ fullName, assignmentTitle, courseTitle, grade, url }: GradedMail, wording: MailWording): RenderedMail =>
  layout(wording, {
    subject: wording.t("gradedSubject", { assignment: assignmentTitle }),
    fullName,
    paragraphs: [wording.t("gradedBody", { assignment: assignmentTitle, course: courseTitle, grade }), wording.t("gradedFeedback")],
    action: { label: wording.t("gradedAction"), url },
    footer: wording.t("gradedFooter", product),
  });
