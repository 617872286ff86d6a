import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("NotFound"))("title") };
}

export default function NotFound() {
  const t = useTranslations("NotFound");
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
