import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "No access" };

export default function NoAccessPage() {
  return (
    <Container className="py-16">
      <EmptyState
        titleAs="h1"
        title="You don't have access to this page"
        description="This area is for another role. If you think you should have access, ask an administrator."
        action={<ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>}
      />
    </Container>
  );
}
