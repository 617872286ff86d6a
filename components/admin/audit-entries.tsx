// Audit entries as a table: when, who, what happened in words, and where from. Used by the
// audit log and by a user's page (their trail).
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDateTime } from "@/components/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { isKnownAction } from "@/lib/audit-log/actions";
import type { AuditEntryView } from "@/lib/audit-log/views";
import { getT } from "@/lib/i18n/translator";
import { auditSentence } from "./audit-sentence";

type Props = { entries: readonly AuditEntryView[]; /** Names the table for screen readers; the log's own by default. */ caption?: string };

export async function AuditEntries({ entries, caption }: Props) {
  const [audit, actions, locale, timeZone] = await Promise.all([getT("AdminAudit"), getT("AuditActions"), getLocale(), getTimeZone()]);
  return (
    <Table>
      <caption className="sr-only">{caption ?? audit("caption", { count: entries.length })}</caption>
      <THead>
        <TR>
          <TH>{audit("when")}</TH>
          <TH className="hidden md:table-cell">{audit("who")}</TH>
          <TH>{audit("what")}</TH>
          <TH className="hidden lg:table-cell">{audit("details")}</TH>
        </TR>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <TR key={entry.id} data-entry-id={entry.id}>
            <TD className="w-32 align-top text-xs text-slate-600 tabular-nums">{formatDateTime(entry.createdAt, locale, timeZone)}</TD>
            <TD className="hidden align-top md:table-cell">
              {entry.actor ? (
                <span className="block min-w-0">
                  <Link href={`/admin/users/${entry.actor.id}`} className="text-link font-medium">
                    {entry.actor.fullName}
                  </Link>
                  <span className="block truncate text-xs text-slate-600">{entry.actor.email}</span>
                </span>
              ) : (
                <span className="text-slate-600">{audit("system")}</span>
              )}
            </TD>
            <TD className="align-top [overflow-wrap:anywhere]">
              <p className="text-slate-900">{auditSentence(entry, { audit, actions })}</p>
              <code className="text-xs text-slate-600">{entry.action}</code>
            </TD>
            <TD className="hidden align-top text-xs text-slate-600 lg:table-cell">
              {entry.ip && <p>{audit("ip", { ip: entry.ip })}</p>}
              {/* The catalog cannot word an unknown action: its details are shown as they were stored. */}
              {!isKnownAction(entry.action) && entry.data && <pre className="max-w-xs overflow-x-auto whitespace-pre-wrap">{JSON.stringify(entry.data, null, 1)}</pre>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
