import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("NoAccess"))("metaTitle") };
}

export default async function NoAccessPage() {
  const t = await getT("NoAccess");
  return (
    <Container className="py-16">
      <EmptyState titleAs="h1" title={t("title")} description={t("description")} action={<ButtonLink href="/dashboard">{t("dashboard")}</ButtonLink>} />
    </Container>
  );
}
