import type { Metadata } from "next";
import { StudentOverview } from "@/components/dashboard/student-overview";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/actor";
import { canTeach, isAdmin } from "@/lib/auth/policy";
import { getSession, requireSessionActor } from "@/lib/auth/session";
import { studentDashboard } from "@/lib/dashboard/student-dashboard";
import { suggestedCourses } from "@/lib/dashboard/suggested-courses";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Dashboard"))("title") };
}

// Each shortcut's title, text and action are the keys `${key}Title`, `${key}Text`, `${key}Action`.
type Shortcut = { href: string; key: "catalog" | "teach" | "admin" | "settings" };

/** Teachers and admins: shortcuts into their areas (their work lives under /teach and /admin). */
async function StaffShortcuts({ actor, firstName }: { actor: Actor; firstName: string }) {
  const t = await getT("Dashboard");
  const shortcuts: Shortcut[] = [
    { href: "/courses", key: "catalog" },
    ...(canTeach(actor) ? [{ href: "/teach", key: "teach" } as const] : []),
    ...(isAdmin(actor) ? [{ href: "/admin", key: "admin" } as const] : []),
    { href: "/settings", key: "settings" },
  ];
  return (
    <>
      <PageHeader title={firstName ? t("welcome", { name: firstName }) : t("welcomeNoName")} description={t("description")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shortcuts.map(({ href, key }) => (
          <li key={href}>
            <Card className="h-full">
              <CardBody className="flex h-full flex-col gap-3">
                <h2 className="text-base font-semibold text-slate-900">{t(`${key}Title`)}</h2>
                <p className="flex-1 text-sm text-slate-600">{t(`${key}Text`)}</p>
                <ButtonLink href={href} variant="secondary" size="sm" className="self-start">
                  {t(`${key}Action`)}
                </ButtonLink>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A student without any course yet gets suggestions; the read is cached, so it costs little. */
async function StudentDashboard({ actor, firstName }: { actor: Actor; firstName: string }) {
  const dashboard = await studentDashboard(actor);
  const live = dashboard.inProgress.length + dashboard.completed.length + dashboard.unpaid.length + dashboard.upcoming.length;
  const suggestions = live === 0 ? await suggestedCourses() : [];
  return <StudentOverview dashboard={dashboard} suggestions={suggestions} firstName={firstName} />;
}

export default async function DashboardPage() {
  const actor = await requireSessionActor({ returnTo: "/dashboard" });
  const user = await getSession();
  const firstName = (user?.name ?? "").split(" ")[0] ?? "";
  return (
    <Container className="space-y-10 py-10">
      {!canTeach(actor) ? <StudentDashboard actor={actor} firstName={firstName} /> : <StaffShortcuts actor={actor} firstName={firstName} />}
    </Container>
  );
}
