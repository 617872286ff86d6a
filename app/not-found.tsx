import { getT } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("NotFound"))("title") };
}

export default async function NotFound() {
  const t = await getT("NotFound");
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<CompassIcon />}
        title={t("title")}
        description={t("description")}
        action={
          <>
            <ButtonLink href="/courses">{t("browseCourses")}</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              {t("goHome")}
            </ButtonLink>
          </>
        }
      />
    </Container>
  );
}
