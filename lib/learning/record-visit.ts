// "Continue where I left off": the content a student opened last in the reader, and when.
// Only their own live enrolment is touched; opening content records no progress. Reloading
// the same content within a minute writes nothing, so a busy reader does not rewrite the row
// on every view.
import { db } from "@/lib/db";

const SAME_VISIT_MS = 60_000;

export async function recordVisit(enrollmentId: number, contentId: number, now = new Date()): Promise<void> {
  await db.enrollment.updateMany({
    where: {
      id: enrollmentId,
      live: true,
      OR: [{ lastContentId: null }, { lastContentId: { not: contentId } }, { lastActivityAt: null }, { lastActivityAt: { lt: new Date(now.getTime() - SAME_VISIT_MS) } }],
    },
    data: { lastContentId: contentId, lastActivityAt: now },
  });
}
