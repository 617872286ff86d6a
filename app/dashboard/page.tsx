import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { canTeach, isAdmin } from "@/lib/auth/policy";
import { getSession, requireSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Dashboard"))("title") };
}

// Each shortcut's title, text and action are the keys `${key}Title`, `${key}Text`, `${key}Action`.
type Shortcut = { href: string; key: "catalog" | "teach" | "admin" | "settings" };

export default async function DashboardPage() {
  const actor = await requireSessionActor({ returnTo: "/dashboard" });
  const [user, t] = await Promise.all([getSession(), getT("Dashboard")]);
  const firstName = (user?.name ?? "").split(" ")[0];
  const shortcuts: Shortcut[] = [
    { href: "/courses", key: "catalog" },
    ...(canTeach(actor) ? [{ href: "/teach", key: "teach" } as const] : []),
    ...(isAdmin(actor) ? [{ href: "/admin", key: "admin" } as const] : []),
    { href: "/settings", key: "settings" },
  ];
  return (
    <Container className="space-y-8 py-10">
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
    </Container>
  );
}
