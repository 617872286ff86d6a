// After a transaction that completed courses has committed: the congratulation mail with
// the certificate's link, in the student's language. A failed mail is logged; the
// completion and the certificate stand.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { courseCompletedMail } from "@/lib/mail/completion-mail";
import { sendMail } from "@/lib/mail/send-mail";
import { mailWordingFor } from "@/lib/mail/templates";
import type { ProgressResult } from "./recompute-progress";

export const certificateUrl = (code: string) => `${env().APP_URL}/certificates/${code}`;

export async function announceCompletions(results: readonly (ProgressResult | null)[]): Promise<void> {
  for (const result of results) {
    const certificate = result?.completedNow;
    if (!certificate) continue;
    try {
      const { user, course } = await db.certificate.findUniqueOrThrow({
        where: { id: certificate.id },
        select: { user: { select: { email: true, fullName: true, locale: true } }, course: { select: { title: true } } },
      });
      const wording = await mailWordingFor(user.locale ?? DEFAULT_LOCALE);
      await sendMail({ to: user.email, ...courseCompletedMail({ fullName: user.fullName, courseTitle: course.title, url: certificateUrl(certificate.code) }, wording) });
    } catch (error) {
      log.error({ err: error, certificateId: certificate.id }, "course-completed mail failed");
    }
  }
}
