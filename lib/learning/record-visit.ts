// "Continue where I left off": the content a student opened last in the reader, and when.
// Only their own live enrolment is touched; opening content records no progress.
import { db } from "@/lib/db";

export async function recordVisit(enrollmentId: number, contentId: number, now = new Date()): Promise<void> {
  await db.enrollment.updateMany({ where: { id: enrollmentId, live: true }, data: { lastContentId: contentId, lastActivityAt: now } });
}
