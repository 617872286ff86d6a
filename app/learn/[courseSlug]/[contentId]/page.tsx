// /learn/<slug>/<contentId>: one content of a course the student studies, with the outline,
// their progress and what lets them complete it.
import type { Metadata } from "next";
import { CourseLocked } from "@/components/reader/course-locked";
import { Container } from "@/components/ui/container";
import { getT } from "@/lib/i18n/translator";
import { loadReader } from "../load-reader";
import { StudyPage } from "../study-page";

type PageProps = { params: Promise<{ courseSlug: string; contentId: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { courseSlug, contentId } = await params;
  const [reader, t] = await Promise.all([loadReader(courseSlug, contentId), getT("Learn")]);
  const content = reader.state === "open" ? reader.reader.content : null;
  return { title: t("metaTitle", { title: content ? `${content.title} · ${reader.course.title}` : reader.course.title }), robots: { index: false } };
}

export default async function StudyContentPage({ params }: PageProps) {
  const { courseSlug, contentId } = await params;
  const reader = await loadReader(courseSlug, contentId);
  if (reader.state === "open") return <StudyPage reader={reader} />;
  return (
    <Container className="py-10">
      <CourseLocked reader={reader} returnTo={`/learn/${reader.course.slug}/${contentId}`} />
    </Container>
  );
}
