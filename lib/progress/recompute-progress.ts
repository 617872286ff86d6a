// Progress is derived, never incremented: completed contents / all contents of the course,
// two decimals, recomputed under a lock on the enrolment row, so concurrent completions can
// neither double-count nor pass 100. Reaching 100 % completes the enrolment and issues its
// certificate in the same transaction; a completed enrolment stays completed (and at 100 %)
// when the teacher adds content later.
import { issueCertificate, type IssuedCertificate } from "@/lib/certificates/issue-certificate";
import type { Tx } from "@/lib/db";

export type ProgressResult = {
  enrollmentId: number;
  studentId: number;
  courseId: number;
  progressPercentage: number;
  /** Set when this recomputation completed the course: the certificate it issued. */
  completedNow: IssuedCertificate | null;
};

/** completed / total in percent, rounded to two decimals, 0 for an empty course, never above 100. */
export function progressPercentage(completed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((completed * 10_000) / total) / 100);
}

type LockedEnrollment = { id: number; studentId: number; courseId: number; status: string };

/**
 * Recomputes one live enrolment's progress (In Progress ones move; others are left as they
 * are). Call it inside the transaction that wrote the completion, after the write.
 */
export async function recomputeProgress(tx: Tx, enrollmentId: number, now = new Date()): Promise<ProgressResult | null> {
  const [row] = await tx.$queryRaw<LockedEnrollment[]>`
    SELECT id, "studentId", "courseId", status::text AS status FROM "Enrollment"
    WHERE id = ${enrollmentId} AND live IS TRUE FOR UPDATE`;
  if (!row) return null;
  const unchanged = async () => {
    const current = await tx.enrollment.findUniqueOrThrow({ where: { id: row.id }, select: { progressPercentage: true } });
    return { enrollmentId: row.id, studentId: row.studentId, courseId: row.courseId, progressPercentage: Number(current.progressPercentage), completedNow: null };
  };
  if (row.status !== "IN_PROGRESS") return unchanged();

  const [total, completed] = await Promise.all([
    tx.content.count({ where: { module: { courseId: row.courseId } } }),
    tx.completion.count({ where: { studentId: row.studentId, completedAt: { not: null }, content: { module: { courseId: row.courseId } } } }),
  ]);
  const percentage = progressPercentage(completed, total);
  const completes = total > 0 && completed >= total;
  await tx.enrollment.update({
    where: { id: row.id },
    data: completes ? { progressPercentage: 100, status: "COMPLETED", completedAt: now } : { progressPercentage: percentage },
  });
  const completedNow = completes ? await issueCertificate(tx, row, now) : null;
  return { enrollmentId: row.id, studentId: row.studentId, courseId: row.courseId, progressPercentage: completes ? 100 : percentage, completedNow };
}

/** The live enrolment of a student in a course, if any. */
export async function liveEnrollmentId(tx: Tx, studentId: number, courseId: number): Promise<number | null> {
  const row = await tx.enrollment.findFirst({ where: { studentId, courseId, live: true }, select: { id: true } });
  return row?.id ?? null;
}

/** After the teacher adds or removes content: every In Progress enrolment of the course. */
export async function recomputeCourseProgress(tx: Tx, courseId: number, now = new Date()): Promise<ProgressResult[]> {
  const rows = await tx.enrollment.findMany({ where: { courseId, live: true, status: "IN_PROGRESS" }, select: { id: true }, orderBy: { id: "asc" } });
  const results: ProgressResult[] = [];
  for (const { id } of rows) {
    const result = await recomputeProgress(tx, id, now);
    if (result) results.push(result);
  }
  return results;
}
