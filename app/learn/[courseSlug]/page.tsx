// /learn/<slug>: "continue" — straight to the content the student opened last (else the
// first not completed, else the first). Visitors who may not read the course yet are told why.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CourseLocked } from "@/components/reader/course-locked";
import { Container } from "@/components/ui/container";
import { getT } from "@/lib/i18n/translator";
import { loadReader } from "./load-reader";
import { StudyPage } from "./study-page";

type PageProps = { params: Promise<{ courseSlug: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [reader, t] = await Promise.all([loadReader((await params).courseSlug, null), getT("Learn")]);
  return { title: t("metaTitle", { title: reader.course.title }), robots: { index: false } };
}

export default async function ContinueCoursePage({ params }: PageProps) {
  const { courseSlug } = await params;
  const reader = await loadReader(courseSlug, null);
  if (reader.state === "open" && reader.reader.content) redirect(`/learn/${reader.course.slug}/${reader.reader.content.id}`);
  if (reader.state === "open") return <StudyPage reader={reader} />;
  return (
    <Container className="py-10">
      <CourseLocked reader={reader} returnTo={`/learn/${reader.course.slug}`} />
    </Container>
  );
}
