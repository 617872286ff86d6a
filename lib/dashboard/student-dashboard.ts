// What a student's dashboard shows, read in a few queries: their live enrolments sorted into
// the four states they can act on (continue, see the certificate, pay, wait for the
// release), each with where its button leads. A student with no enrolment at all (cancelled
// ones aside) is on their first visit: the page then suggests courses instead.
import type { Actor } from "@/lib/auth/actor";
import { isReleased } from "@/lib/courses/content-access";
import { db } from "@/lib/db";
import { expireOverdueInvoices } from "@/lib/invoices/expire-invoices";

type CourseRef = { id: number; title: string; slug: string; releaseDate: string | null };

export type InProgressItem = {
  enrollmentId: number;
  course: CourseRef;
  progressPercentage: number;
  lastActivityAt: string | null;
  /** The last opened content when it still exists, else the course's reader. */
  continueHref: string;
};
export type CompletedItem = {
  enrollmentId: number;
  course: CourseRef;
  completedAt: string | null;
  certificate: { code: string; href: string; revoked: boolean } | null;
};
export type UnpaidItem = {
  enrollmentId: number;
  course: CourseRef;
  /** The pending invoice, else the latest one (expired: the student asks for a new one there). */
  invoice: { id: number; amountIDR: number; paymentDueAt: string; status: "PENDING" | "PAID" | "EXPIRED" | "CANCELLED" } | null;
  payHref: string;
};
export type UpcomingItem = { enrollmentId: number; course: CourseRef & { releaseDate: string } };

export type StudentDashboard = {
  firstRun: boolean;
  inProgress: InProgressItem[];
  completed: CompletedItem[];
  unpaid: UnpaidItem[];
  upcoming: UpcomingItem[];
};

export async function studentDashboard(actor: Actor, now = new Date()): Promise<StudentDashboard> {
  // The check on read: an invoice past due shows as expired even if the job has not run yet.
  await expireOverdueInvoices({ enrollment: { studentId: actor.id } }, now);
  const [enrollments, everEnrolled] = await Promise.all([
    db.enrollment.findMany({
      where: { studentId: actor.id, live: true },
      orderBy: [{ lastActivityAt: { sort: "desc", nulls: "last" } }, { enrolledAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        progressPercentage: true,
        lastContentId: true,
        lastActivityAt: true,
        completedAt: true,
        course: { select: { id: true, title: true, slug: true, releaseDate: true } },
        certificate: { select: { code: true, revokedAt: true } },
        invoices: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, amountIDR: true, paymentDueAt: true, status: true },
        },
      },
    }),
    db.enrollment.count({ where: { studentId: actor.id } }),
  ]);

  // "Continue" leads to the last opened content only while it is still part of the course.
  const lastIds = enrollments.flatMap((e) => (e.lastContentId ? [e.lastContentId] : []));
  const existing = lastIds.length
    ? await db.content.findMany({ where: { id: { in: lastIds } }, select: { id: true, module: { select: { courseId: true } } } })
    : [];
  const contentCourse = new Map(existing.map((content) => [content.id, content.module.courseId]));

  const dashboard: StudentDashboard = { firstRun: everEnrolled === 0, inProgress: [], completed: [], unpaid: [], upcoming: [] };
  for (const enrollment of enrollments) {
    const { course } = enrollment;
    const ref: CourseRef = { id: course.id, title: course.title, slug: course.slug, releaseDate: course.releaseDate?.toISOString() ?? null };
    if (enrollment.status === "UNPAID") {
      const invoice = enrollment.invoices.find((candidate) => candidate.status === "PENDING") ?? enrollment.invoices[0] ?? null;
      dashboard.unpaid.push({
        enrollmentId: enrollment.id,
        course: ref,
        invoice: invoice && { ...invoice, paymentDueAt: invoice.paymentDueAt.toISOString() },
        payHref: invoice ? `/dashboard/invoices/${invoice.id}` : "/dashboard/invoices",
      });
    } else if (enrollment.status === "COMPLETED") {
      const certificate = enrollment.certificate;
      dashboard.completed.push({
        enrollmentId: enrollment.id,
        course: ref,
        completedAt: enrollment.completedAt?.toISOString() ?? null,
        certificate: certificate && { code: certificate.code, href: `/certificates/${certificate.code}`, revoked: certificate.revokedAt !== null },
      });
    } else if (enrollment.status === "IN_PROGRESS" && course.releaseDate && !isReleased(course, now)) {
      dashboard.upcoming.push({ enrollmentId: enrollment.id, course: { ...ref, releaseDate: course.releaseDate.toISOString() } });
    } else if (enrollment.status === "IN_PROGRESS") {
      const resume = enrollment.lastContentId && contentCourse.get(enrollment.lastContentId) === course.id ? `/${enrollment.lastContentId}` : "";
      dashboard.inProgress.push({
        enrollmentId: enrollment.id,
        course: ref,
        progressPercentage: Number(enrollment.progressPercentage),
        lastActivityAt: enrollment.lastActivityAt?.toISOString() ?? null,
        continueHref: `/learn/${course.slug}${resume}`,
      });
    }
  }
  // Soonest release first.
  dashboard.upcoming.sort((a, b) => a.course.releaseDate.localeCompare(b.course.releaseDate));
  return dashboard;
}
