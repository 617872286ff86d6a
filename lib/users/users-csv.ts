// The CSV export of the users table: the same rows and order as the list with its filters, all
// of them; dates as ISO-8601 UTC, headers and role/status words in the reader's language.
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { csvFileName, toCsv } from "@/lib/shared/csv";
import { allUsers } from "./list-users";
import { statusOf } from "./status";
import type { UserView } from "./views";

export async function usersCsv(actor: Actor, input: Record<string, unknown>, locale: Locale, now = new Date()) {
  const [users, t] = await Promise.all([allUsers(actor, input), translatorFor(locale, "AdminUsers")]);
  const header = [t("csv.id"), t("csv.name"), t("csv.username"), t("csv.email"), t("csv.role"), t("csv.memberLevel"), t("csv.status"), t("csv.joinedAt")];
  const row = (user: UserView) => [
    user.id,
    user.fullName,
    user.username,
    user.email,
    t("roleOption", { role: user.role }),
    t("levelOption", { level: user.memberLevel }),
    t("statusName", { status: statusOf(user) }),
    user.createdAt,
  ];
  return { csv: toCsv([header, ...users.map(row)]), fileName: csvFileName("users", now) };
}
