import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<CompassIcon />}
        title="Page not found"
        description="The page you are looking for does not exist or has moved. Check the address, or find what you need from the catalog."
        action={
          <>
            <ButtonLink href="/courses">Browse courses</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              Go home
            </ButtonLink>
          </>
        }
      />
    </Container>
  );
}
