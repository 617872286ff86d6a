// Every design-system primitive on one page, in the reader's language: the visual check
// for the components (e2e/design.spec.ts screenshots it). Like /dev/mail, it exists only
// outside production.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { isProduction } from "@/lib/env";
import { getT } from "@/lib/i18n/translator";
import { ButtonsSection } from "./buttons-section";
import { ChartsSection } from "./charts-section";
import { DataSection } from "./data-section";
import { FeedbackSection } from "./feedback-section";
import { FieldsSection } from "./fields-section";

// Decided per request: it is there or not by the environment, not at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Design"))("title"), robots: { index: false, follow: false } };
}

export default async function DesignPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (isProduction()) notFound();
  const [params, t] = await Promise.all([searchParams, getT("Design")]);
  return (
    <Container className="space-y-10 py-10 sm:py-14">
      <PageHeader title={t("title")} description={t("lead")} />
      <ButtonsSection />
      <FieldsSection />
      <FeedbackSection />
      <DataSection params={params} />
      <ChartsSection />
    </Container>
  );
}
