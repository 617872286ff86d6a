// "Preview as student": the course exactly as an enrolled student reads it, for its teacher
// or an admin, without an enrolment and without recording anything. /preview opens the first
// content, /preview/<contentId> any other. The course layout around it has the course's title
// (the h1) and says when the course is another teacher's.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { CourseReader } from "@/components/reader/course-reader";
import { ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { getCoursePreview } from "@/lib/reader/course-reader";

type PreviewParams = { courseId: string; contentId?: string[] };

/** The course and content ids of the URL; null for anything that is not one. */
function idsOf(courseId: string, contentPath: string) {
  const course = ZPathId("courseId").safeParse(courseId);
  const content = contentPath ? ZPathId("contentId").safeParse(contentPath) : null;
  if (!course.success || (content && !content.success)) return null;
  return { courseId: course.data, contentId: content?.data ?? null };
}

// Metadata and page read the same preview once per request (cache keys on the arguments' values).
const loadPreview = cache(async (courseId: string, contentPath: string) => {
  const ids = idsOf(courseId, contentPath);
  if (!ids) notFound();
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: `/teach/courses/${courseId}/preview` });
  try {
    return await getCoursePreview(actor, ids.courseId, ids.contentId);
  } catch (error) {
    // The layout has said it already where the course is someone else's (FORBIDDEN).
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
});

type PageProps = { params: Promise<PreviewParams> };

const previewOf = async (params: PageProps["params"]) => {
  const { courseId, contentId = [] } = await params;
  return loadPreview(courseId, contentId.join("/"));
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [reader, t] = await Promise.all([previewOf(params), getT("Preview")]);
  return { title: t("metaTitle", { title: reader.content ? `${reader.content.title} · ${reader.course.title}` : reader.course.title }), robots: { index: false } };
}

export default async function CoursePreviewPage({ params }: PageProps) {
  const [reader, t] = await Promise.all([previewOf(params), getT("Preview")]);
  return (
    <CourseReader
      reader={reader}
      basePath={`/teach/courses/${reader.course.id}/preview`}
      completed={0}
      banner={<PreviewBanner />}
      disabledReasons={{ quiz: t("quizOff"), assignment: t("assignmentOff") }}
      titleAs="h2"
    />
  );
}
