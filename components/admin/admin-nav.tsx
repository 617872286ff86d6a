// The admin console's sections. Each section owns its deeper pages (a user's page under
// Users), so the section stays marked there.
import { LinkTabs } from "@/components/ui/link-tabs";
import { getT } from "@/lib/i18n/translator";

const SECTIONS = [
  ["overview", "/admin"],
  ["users", "/admin/users"],
  ["courses", "/admin/courses"],
  ["enrollments", "/admin/enrollments"],
  ["invoices", "/admin/invoices"],
  ["certificates", "/admin/certificates"],
  ["categories", "/admin/categories"],
  ["discussions", "/admin/discussions"],
  ["audit", "/admin/audit"],
] as const;

export async function AdminNav() {
  const t = await getT("AdminNav");
  return (
    <LinkTabs
      label={t("label")}
      tabs={SECTIONS.map(([name, href]) => ({ href, label: t(name), also: href === "/admin" ? [] : [`${href}/`] }))}
    />
  );
}
