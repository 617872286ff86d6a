// The receipt of a paid invoice, with the way into the course.
import { layout, type MailWording, product, type RenderedMail } from "./templates";

export const formatIDR = (amount: number, locale: string) => new Intl.NumberFormat(locale, { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(amount);

export const paymentReceivedMail = (
  { fullName, courseTitle, amountIDR, virtualAccountNumber, url }: { fullName: string; courseTitle: string; amountIDR: number; virtualAccountNumber: string; url: string },
  wording: MailWording,
): RenderedMail =>
  layout(wording, {
    subject: wording.t("paymentSubject", { course: courseTitle }),
    fullName,
    paragraphs: [
      wording.t("paymentBody", { amount: formatIDR(amountIDR, wording.locale), course: courseTitle }),
      wording.t("paymentReference", { number: virtualAccountNumber }),
    ],
    action: { label: wording.t("paymentAction"), url },
    footer: wording.t("paymentFooter", product),
  });
