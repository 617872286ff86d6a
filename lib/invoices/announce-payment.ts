// After a payment has committed: the receipt to the student, in their language, and the
// congratulation mail if the kept completions finished the course at once. A failed mail is
// logged; the payment stands.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { paymentReceivedMail } from "@/lib/mail/payment-mails";
import { sendMail } from "@/lib/mail/send-mail";
import { mailWordingFor } from "@/lib/mail/templates";
import { announceCompletions } from "@/lib/progress/announce-completions";
import type { SettleOutcome } from "./settle-invoice";

export async function announcePayment(outcome: SettleOutcome): Promise<void> {
  if (!outcome.paidNow) return;
  try {
    const invoice = await db.invoice.findUniqueOrThrow({
      where: { id: outcome.invoice.id },
      select: {
        amountIDR: true,
        virtualAccountNumber: true,
        enrollment: { select: { student: { select: { email: true, fullName: true, locale: true } }, course: { select: { title: true, slug: true } } } },
      },
    });
    const { student, course } = invoice.enrollment;
    const wording = await mailWordingFor(student.locale ?? DEFAULT_LOCALE);
    const mail = paymentReceivedMail(
      { fullName: student.fullName, courseTitle: course.title, amountIDR: invoice.amountIDR, virtualAccountNumber: invoice.virtualAccountNumber, url: `${env().APP_URL}/learn/${course.slug}` },
      wording,
    );
    await sendMail({ to: student.email, ...mail });
  } catch (error) {
    log.error({ err: error, invoiceId: outcome.invoice.id }, "payment receipt mail failed");
  }
  await announceCompletions([outcome.progress]);
}
