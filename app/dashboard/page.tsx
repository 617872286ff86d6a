import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { canTeach, isAdmin } from "@/lib/auth/policy";
import { getSession, requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requireSessionActor({ returnTo: "/dashboard" });
  const user = await getSession();
  const firstName = (user?.name ?? "").split(" ")[0] || "there";
  const shortcuts = [
    { href: "/courses", title: "Browse courses", text: "Find your next course in the catalog.", action: "Go to the catalog" },
    ...(canTeach(actor) ? [{ href: "/teach", title: "Teaching", text: "Your courses, drafts included.", action: "See my courses" }] : []),
    ...(isAdmin(actor) ? [{ href: "/admin", title: "Administration", text: "Search and review every account.", action: "Manage users" }] : []),
    { href: "/settings", title: "Account settings", text: "Profile, picture and password.", action: "Edit settings" },
  ];
  return (
    <Container className="space-y-8 py-10">
      <PageHeader title={`Welcome back, ${firstName}`} description="Pick up where you left off." />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shortcuts.map((item) => (
          <li key={item.href}>
            <Card className="h-full">
              <CardBody className="flex h-full flex-col gap-3">
                <h2 className="text-base font-semibold text-slate-900">{item.title}</h2>
                <p className="flex-1 text-sm text-slate-600">{item.text}</p>
                <ButtonLink href={item.href} variant="secondary" size="sm" className="self-start">
                  {item.action}
                </ButtonLink>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </Container>
  );
}
