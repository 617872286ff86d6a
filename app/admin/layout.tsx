// The admin console's frame: administrators only, with the sections' navigation over
// every admin page.
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { Container } from "@/components/ui/container";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // The proxy sends visitors to sign in with the page they asked for; this is the check that counts.
  await requireSessionActor({ roles: ADMIN_ROLES, returnTo: "/admin" });
  return (
    <>
      <Container size="wide" className="pt-6">
        <AdminNav />
      </Container>
      {children}
    </>
  );
}
