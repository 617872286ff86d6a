// Why a course's reader is closed to this visitor, and the one step that opens it: sign in,
// enrol, pay the invoice, or wait for the release date.
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate } from "@/components/format";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";
import { getT } from "@/lib/i18n/translator";
import type { StudentReader } from "@/lib/reader/student-reader";

type Locked = Exclude<StudentReader, { state: "open" } | { state: "preview" }>;

export async function CourseLocked({ reader, returnTo }: { reader: Locked; returnTo: string }) {
  const [t, locale, timeZone] = await Promise.all([getT("Learn"), getLocale(), getTimeZone()]);
  const course = reader.course.title;
  const page = `/courses/${reader.course.slug}`;
  const view = (() => {
    switch (reader.state) {
      case "signIn":
        return { title: t("signInTitle"), text: t("signInText", { course }), href: `/login?${new URLSearchParams({ callbackUrl: returnTo })}`, action: t("signIn") };
      case "notEnrolled":
        return { title: t("lockedTitle"), text: t("lockedText", { course }), href: page, action: t("enrol") };
      case "unpaid":
        return { title: t("unpaidTitle"), text: t("unpaidText", { course }), href: reader.invoiceId ? `/dashboard/invoices/${reader.invoiceId}` : "/dashboard/invoices", action: t("viewInvoice") };
      case "notReleased": {
        const date = formatDate(reader.releaseDate, locale, timeZone) ?? "";
        return { title: t("notReleasedTitle", { date }), text: t("notReleasedText", { course, date }), href: page, action: t("backToCourse") };
      }
    }
  })();
  return (
    <EmptyState
      icon={<BookIcon />}
      title={view.title}
      titleAs="h1"
      description={view.text}
      action={<ButtonLink href={view.href}>{view.action}</ButtonLink>}
    />
  );
}
