import { getT } from "@/lib/i18n/translator";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";

export default async function CourseNotFound() {
  const t = await getT("Course");
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<BookIcon />}
        title={t("notFoundTitle")}
        description={t("notFoundText")}
        action={<ButtonLink href="/courses">{t("browseAll")}</ButtonLink>}
      />
    </Container>
  );
}
