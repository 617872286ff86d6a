// Enrolments with progress, so dashboards, progress bars, the grading queue, invoices and
// certificates all have something to show.
import { randomBytes, randomInt } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { lookup } from "./lookup";
import { DAY, daysAfter, daysAgo } from "./time";

type Plan = {
  student: string;
  course: string;
  /** How many contents are done, taken in outline order. */
  completed: number | "all";
  /** Also hands in the course's assignment, still waiting for the teacher's grade. */
  submitted?: boolean;
  daysAgo: number;
};

const plans: Plan[] = [
  { student: "student@example.com", course: "modern-javascript-foundations", completed: 4, daysAgo: 40 },
  { student: "student@example.com", course: "sql-from-zero-to-reports", completed: 1, daysAgo: 12 },
  { student: "student@example.com", course: "statistics-you-can-use", completed: "all", daysAgo: 90 },
  { student: "student2@example.com", course: "modern-javascript-foundations", completed: 6, submitted: true, daysAgo: 30 },
  { student: "student2@example.com", course: "python-for-data-analysis", completed: 2, daysAgo: 15 },
  { student: "student3@example.com", course: "modern-javascript-foundations", completed: 0, daysAgo: 5 },
  { student: "student3@example.com", course: "responsive-web-design-css-grid", completed: 3, daysAgo: 25 },
  { student: "student3@example.com", course: "ux-research-essentials", completed: 2, daysAgo: 14 },
  { student: "student4@example.com", course: "sql-from-zero-to-reports", completed: 5, submitted: true, daysAgo: 20 },
  { student: "student5@example.com", course: "business-english-communication", completed: 2, daysAgo: 6 },
  { student: "student6@example.com", course: "statistics-you-can-use", completed: 3, daysAgo: 35 },
  { student: "student6@example.com", course: "bahasa-indonesia-for-beginners", completed: 1, daysAgo: 8 },
];

/** The demo student has signed up for this paid course but not paid yet. */
const unpaid = { student: "student@example.com", course: "typescript-for-production-teams" };

// 16 digits, like an Indonesian bank's virtual account.
const virtualAccountNumber = () => `8808${randomInt(1e12).toString().padStart(12, "0")}`;
const certificateCode = () => randomBytes(16).toString("base64url");
// Demo students pay their invoices a couple of hours after enrolling.
const paidAt = (enrolledAt: Date) => new Date(enrolledAt.getTime() + 2 * 60 * 60 * 1000);

type Outline = Awaited<ReturnType<typeof loadOutlines>>[number];
type OutlineContent = Outline["modules"][number]["contents"][number];

function loadOutlines(tx: Prisma.TransactionClient, slugs: string[]) {
  return tx.course.findMany({
    where: { slug: { in: slugs } },
    select: {
      id: true,
      slug: true,
      teacherId: true,
      priceIDR: true,
      modules: {
        orderBy: { position: "asc" },
        select: {
          contents: {
            orderBy: { position: "asc" },
            select: { id: true, type: true, questions: { select: { id: true, options: { select: { id: true, isCorrect: true } } } } },
          },
        },
      },
    },
  });
}

/** What a student handed in for one content: quiz answers (all right) or an assignment. */
function completionRow(content: OutlineContent, completedAt: Date, work: { studentId: number; handle: string; course: Outline; graded: boolean }) {
  const { studentId, course } = work;
  const row = { studentId, contentId: content.id, completedAt };
  if (content.type === "QUIZ") {
    const quizAnswers = Object.fromEntries(content.questions.map((q) => [String(q.id), q.options.filter((o) => o.isCorrect).map((o) => o.id)]));
    return { ...row, quizAnswers, grade: 100, gradedAt: completedAt };
  }
  if (content.type === "ASSIGNMENT") {
    const submission = { ...row, submissionUrl: `https://github.com/${work.handle}/${course.slug}`, submissionText: "My solution, with notes on the choices I made in the README." };
    if (!work.graded) return submission;
    const feedback = "Well structured and clearly explained. Next time, add a short test for the edge cases.";
    return { ...submission, grade: 88, feedback, gradedAt: daysAfter(completedAt, 1), gradedById: course.teacherId };
  }
  return row;
}

/** Creates the planned enrolments for courses in `courseSlugs` (the ones just created). */
export async function createEnrollments(tx: Prisma.TransactionClient, userIds: Map<string, number>, courseSlugs: Set<string>) {
  const now = Date.now();
  const outlines = new Map((await loadOutlines(tx, [...courseSlugs])).map((course) => [course.slug, course]));

  for (const plan of plans.filter((p) => courseSlugs.has(p.course))) {
    const course = lookup(outlines, plan.course);
    const studentId = lookup(userIds, plan.student);
    const contents = course.modules.flatMap((m) => m.contents);
    const done = contents.slice(0, plan.completed === "all" ? contents.length : plan.completed);
    const assignment = contents.find((c) => c.type === "ASSIGNMENT");
    if (plan.submitted && assignment && !done.includes(assignment)) done.push(assignment);

    const enrolledAt = daysAgo(plan.daysAgo, now);
    // One content a day, but never in the future.
    const doneAt = done.map((_, i) => new Date(Math.min(enrolledAt.getTime() + (i + 1) * DAY, now - 60_000)));
    const complete = done.length === contents.length;
    const completedAt = complete ? doneAt.at(-1) ?? enrolledAt : null;

    const enrollment = await tx.enrollment.create({
      data: {
        studentId,
        courseId: course.id,
        status: complete ? "COMPLETED" : "IN_PROGRESS",
        progressPercentage: Math.round((done.length / contents.length) * 10_000) / 100,
        enrolledAt,
        completedAt,
      },
    });
    const work = { studentId, handle: plan.student.split("@")[0] ?? "student", course, graded: complete };
    await tx.completion.createMany({ data: done.map((content, i) => completionRow(content, doneAt[i] ?? enrolledAt, work)) });
    // A paid course that is in progress was paid for right after enrolling.
    if (course.priceIDR > 0) {
      await tx.invoice.create({
        data: {
          enrollmentId: enrollment.id,
          virtualAccountNumber: virtualAccountNumber(),
          amountIDR: course.priceIDR,
          paymentDueAt: daysAfter(enrolledAt, 3),
          status: "PAID",
          paidAt: paidAt(enrolledAt),
          createdAt: enrolledAt,
          updatedAt: paidAt(enrolledAt),
        },
      });
    }
    if (completedAt) {
      await tx.certificate.create({ data: { userId: studentId, courseId: course.id, enrollmentId: enrollment.id, code: certificateCode(), issuedAt: completedAt } });
    }
  }

  if (courseSlugs.has(unpaid.course)) {
    const course = lookup(outlines, unpaid.course);
    await tx.enrollment.create({
      data: {
        studentId: lookup(userIds, unpaid.student),
        courseId: course.id,
        status: "UNPAID",
        invoices: { create: { virtualAccountNumber: virtualAccountNumber(), amountIDR: course.priceIDR, paymentDueAt: new Date(now + 3 * DAY) } },
      },
    });
  }
}
