// The development mail outbox: every mail the app "sent" while no Resend key is set, so a
// developer can follow activation and reset links. It does not exist in production.
import type { Metadata } from "next";
import Form from "next/form";
import { notFound } from "next/navigation";
import { getLocale, getTimeZone } from "next-intl/server";
import { Fragment } from "react";
import { TextField } from "@/components/forms/text-field";
import { formatDateTime } from "@/components/format";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/translator";
import { listOutbox, outboxReadable } from "@/lib/mail/outbox";

// The outbox changes with every mail sent, and it is not there at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("MailOutbox"))("title"), robots: { index: false, follow: false } };
}

const LIMIT = 100;
// A URL up to whitespace, not ending in punctuation that closes the sentence around it.
const URL_PATTERN = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'])/g;

/** The text part with its URLs as links (split with a capture group: odd parts are URLs). */
function LinkedText({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="text-link break-all">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MailOutboxPage({ searchParams }: Props) {
  if (!outboxReadable()) notFound();
  const raw = (await searchParams).to;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const [mails, t, locale, timeZone] = await Promise.all([
    listOutbox({ to, limit: LIMIT, order: "desc" }),
    getT("MailOutbox"),
    getLocale(),
    getTimeZone(),
  ]);

  return (
    <Container className="py-10 sm:py-14">
      <PageHeader title={t("title")} description={t("description", { limit: LIMIT })} />

      <Form action="/dev/mail" role="search" className="mt-8 flex max-w-xl flex-col gap-3 sm:flex-row sm:items-end">
        <TextField
          name="to"
          label={t("recipient")}
          type="search"
          inputMode="email"
          autoComplete="off"
          placeholder={t("recipientPlaceholder")}
          defaultValue={to ?? ""}
          className="flex-1"
        />
        <Button type="submit">{t("filter")}</Button>
        {to && (
          <ButtonLink href="/dev/mail" variant="secondary">
            {t("showAll")}
          </ButtonLink>
        )}
      </Form>

      {mails.length === 0 ? (
        <EmptyState className="mt-8" title={t("emptyTitle")} description={to ? t("emptyFor", { to }) : t("emptyText")} />
      ) : (
        <ol className="mt-8 space-y-6" aria-label={t("listLabel")}>
          {mails.map((mail) => (
            <li key={mail.id}>
              <Card>
                <article aria-labelledby={`mail-${mail.id}`}>
                  <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 px-5 py-4">
                    <h2 id={`mail-${mail.id}`} className="text-base font-semibold text-slate-900">
                      {mail.subject}
                    </h2>
                    <p className="text-sm text-slate-600">
                      {t.rich("sentTo", { to: mail.to, recipient: (chunks) => <span className="font-medium text-slate-900">{chunks}</span> })} ·{" "}
                      <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt.toISOString(), locale, timeZone)}</time>
                    </p>
                  </header>
                  <pre className="overflow-x-auto px-5 py-4 font-sans text-sm leading-6 whitespace-pre-wrap text-slate-800">
                    <LinkedText text={mail.text} />
                  </pre>
                  <details className="border-t border-slate-200 px-5 py-3">
                    <summary className="cursor-pointer text-sm font-medium text-slate-700 hover:text-slate-900">{t("htmlVersion")}</summary>
                    {/* sandbox="" runs no scripts and gives the mail no access to this page. */}
                    <iframe
                      title={t("htmlVersionOf", { subject: mail.subject })}
                      srcDoc={mail.html}
                      sandbox=""
                      className="mt-3 h-[32rem] w-full rounded-lg border border-slate-200 bg-white"
                    />
                  </details>
                </article>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
