// Enrolments with progress, so dashboards, progress bars, the grading queue, invoices and
// certificates all have something to show.
import { certificateCode } from "../../lib/certificates/issue-certificate";
import { paymentDueAt } from "../../lib/invoices/due-date";
import { randomBank, virtualAccountNumber } from "../../lib/invoices/virtual-account";
import type { Prisma } from "../../lib/generated/prisma/client";
import { lookup } from "./lookup";
import { DAY, daysAfter, daysAgo } from "./time";

/** An assignment handed in: its text and/or link (as the assignment accepts), and the teacher's feedback once graded. */
type HandIn = { text?: string; url?: string; feedback?: string };

type Plan = {
  student: string;
  course: string;
  /** How many contents are done, taken in outline order. */
  completed: number | "all";
  /** The course's assignment as handed in: graded when the whole course is done, else waiting for the teacher. */
  handIn?: HandIn;
  daysAgo: number;
};

const plans: Plan[] = [
  { student: "student@example.com", course: "modern-javascript-foundations", completed: 4, daysAgo: 40 },
  { student: "student@example.com", course: "sql-from-zero-to-reports", completed: 1, daysAgo: 12 },
  {
    student: "student@example.com",
    course: "statistics-you-can-use",
    completed: "all",
    daysAgo: 90,
    handIn: {
      text: "The chart of support for the new bus route starts its y-axis at 48%, so a rise from 50% to 54% looks like a doubling. It is also based on an online poll that anyone could answer. I would start the axis at zero, show the margin of error and say who was asked.",
      url: "https://example.com/news/bus-route-poll",
      feedback: "Spot on about the axis and the self-selected sample. You could add that even a random sample of 300 people would carry a margin of error of about 6 points, more than the change shown.",
    },
  },
  {
    student: "student2@example.com",
    course: "modern-javascript-foundations",
    completed: 6,
    daysAgo: 30,
    handIn: {
      text: "I debounce the input by 300 ms, so a request goes out only when the user pauses. Each request gets an AbortController and a new search aborts the previous one, so a slow old response can never overwrite a newer list.",
      url: "https://github.com/maya-lestari/course-search-box",
    },
  },
  { student: "student2@example.com", course: "python-for-data-analysis", completed: 2, daysAgo: 15 },
  { student: "student3@example.com", course: "modern-javascript-foundations", completed: 0, daysAgo: 5 },
  { student: "student3@example.com", course: "responsive-web-design-css-grid", completed: 3, daysAgo: 25 },
  { student: "student3@example.com", course: "ux-research-essentials", completed: 2, daysAgo: 14 },
  {
    student: "student4@example.com",
    course: "sql-from-zero-to-reports",
    completed: 5,
    daysAgo: 20,
    handIn: {
      text: [
        "SELECT date_trunc('month', e.enrolled_at) AS month, COALESCE(cat.name, 'Uncategorised') AS category, COUNT(*) AS enrolments",
        "FROM enrollments AS e",
        "JOIN courses AS c ON c.id = e.course_id",
        "LEFT JOIN categories AS cat ON cat.id = c.category_id",
        "WHERE e.enrolled_at >= date_trunc('month', now()) - interval '5 months'",
        "GROUP BY 1, 2",
        "ORDER BY 1, 3 DESC;",
        "",
        "The join to courses can be an inner join because every enrolment has a course. The join to categories is a left join, so courses without a category are kept and counted as Uncategorised.",
      ].join("\n"),
    },
  },
  { student: "student5@example.com", course: "business-english-communication", completed: 2, daysAgo: 6 },
  { student: "student6@example.com", course: "statistics-you-can-use", completed: 3, daysAgo: 35 },
  { student: "student6@example.com", course: "bahasa-indonesia-for-beginners", completed: 1, daysAgo: 8 },
  // Enrolled before the course was archived, and still reading it.
  { student: "student3@example.com", course: "legacy-jquery-techniques", completed: 2, daysAgo: 100 },
];

/** The demo student has signed up for this paid course but not paid yet. */
const unpaid = { student: "student@example.com", course: "typescript-for-production-teams" };

/** A virtual account of a bank picked as the gateway would. */
function bankAccount() {
  const bank = randomBank();
  return { bank, virtualAccountNumber: virtualAccountNumber(bank) };
}

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
            select: {
              id: true,
              type: true,
              submissionKinds: true,
              questions: { select: { id: true, points: true, options: { select: { id: true, isCorrect: true } } } },
            },
          },
        },
      },
    },
  });
}

/** What a student handed in for one content: quiz answers (all right) or an assignment. */
function completionRow(content: OutlineContent, completedAt: Date, work: { studentId: number; course: Outline; handIn?: HandIn; graded: boolean }) {
  const { studentId, course, handIn } = work;
  const row = { studentId, contentId: content.id, completedAt };
  if (content.type === "QUIZ") {
    const quizAnswers = Object.fromEntries(content.questions.map((q) => [String(q.id), q.options.filter((o) => o.isCorrect).map((o) => o.id)]));
    return { ...row, quizAnswers, grade: 100, gradedAt: completedAt };
  }
  if (content.type === "ASSIGNMENT") {
    const accepts = new Set(content.submissionKinds);
    if (!handIn || (handIn.text && !accepts.has("TEXT")) || (handIn.url && !accepts.has("URL"))) {
      throw new Error(`Seed data: the hand-in for ${course.slug} is missing or does not match what its assignment accepts`);
    }
    const submission = { ...row, submittedAt: completedAt, submissionText: handIn.text ?? null, submissionUrl: handIn.url ?? null };
    if (!work.graded) return submission;
    return { ...submission, grade: 88, feedback: handIn.feedback ?? null, gradedAt: daysAfter(completedAt, 1), gradedById: course.teacherId };
  }
  return row;
}

/** The one passing attempt behind a completed quiz, with every answer right. */
function quizAttemptRow(content: OutlineContent, row: ReturnType<typeof completionRow> | undefined) {
  if (content.type !== "QUIZ" || !row || !("quizAnswers" in row)) return [];
  const points = content.questions.reduce((sum, question) => sum + question.points, 0);
  return [{ studentId: row.studentId, contentId: content.id, answers: row.quizAnswers, points, maxPoints: points, percentage: 100, passed: true, createdAt: row.completedAt }];
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
    if (plan.handIn && assignment && !done.includes(assignment)) done.push(assignment);

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
        lastContentId: done.at(-1)?.id ?? null,
        lastActivityAt: doneAt.at(-1) ?? null,
      },
    });
    const work = { studentId, course, handIn: plan.handIn, graded: complete };
    const rows = done.map((content, i) => completionRow(content, doneAt[i] ?? enrolledAt, work));
    await tx.completion.createMany({ data: rows });
    await tx.quizAttempt.createMany({ data: done.flatMap((content, i) => quizAttemptRow(content, rows[i])) });
    // A paid course that is in progress was paid for right after enrolling.
    if (course.priceIDR > 0) {
      await tx.invoice.create({
        data: {
          enrollmentId: enrollment.id,
          ...bankAccount(),
          amountIDR: course.priceIDR,
          paymentDueAt: paymentDueAt(enrolledAt),
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
        invoices: { create: { ...bankAccount(), amountIDR: course.priceIDR, paymentDueAt: paymentDueAt(new Date(now)) } },
      },
    });
  }
}
