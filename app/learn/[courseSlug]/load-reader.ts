// The student's reader for a page of /learn, read once per request (metadata and page share
// it): a course that does not exist or is hidden from the visitor is the not-found page, and
// the course's teacher or an admin go to the preview, which records nothing.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ZPathId } from "@/lib/api/contract-schemas";
import { getSessionActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getStudentReader } from "@/lib/reader/student-reader";

export const loadReader = cache(async (slug: string, contentPath: string | null) => {
  const contentId = contentPath === null ? null : ZPathId("contentId").safeParse(contentPath);
  if (contentId && !contentId.success) notFound();
  try {
    const reader = await getStudentReader(await getSessionActor(), decodeURIComponent(slug), contentId?.data ?? null);
    if (reader.state === "preview") redirect(reader.previewPath);
    return reader;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
