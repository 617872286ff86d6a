// Enrolments with progress, a certificate, an unpaid invoice and discussions, so that
// dashboards and forums have something to show.
import type { PrismaClient } from "../../lib/generated/prisma/client";

const DAY = 24 * 60 * 60 * 1000;

type Plan = { student: string; course: string; completed: number | "all"; daysAgo: number };

// "completed" counts the first contents of the course, in outline order.
const plans: Plan[] = [
  { student: "student@example.com", course: "modern-javascript-foundations", completed: 4, daysAgo: 40 },
  { student: "student@example.com", course: "sql-from-zero-to-reports", completed: 1, daysAgo: 12 },
  { student: "student@example.com", course: "statistics-you-can-use", completed: "all", daysAgo: 90 },
  { student: "student2@example.com", course: "modern-javascript-foundations", completed: 7, daysAgo: 30 },
  { student: "student2@example.com", course: "python-for-data-analysis", completed: 2, daysAgo: 15 },
  { student: "student3@example.com", course: "modern-javascript-foundations", completed: 0, daysAgo: 5 },
  { student: "student3@example.com", course: "responsive-web-design-css-grid", completed: 3, daysAgo: 25 },
  { student: "student4@example.com", course: "sql-from-zero-to-reports", completed: 5, daysAgo: 20 },
  { student: "student5@example.com", course: "business-english-communication", completed: 2, daysAgo: 6 },
  { student: "student6@example.com", course: "statistics-you-can-use", completed: 3, daysAgo: 35 },
];

export async function seedActivity(db: PrismaClient, userIds: Map<string, number>, newCode: () => string) {
  const courses = await db.course.findMany({
    select: { id: true, slug: true, priceIDR: true, modules: { orderBy: { position: "asc" }, select: { contents: { orderBy: { position: "asc" }, select: { id: true } } } } },
  });
  const bySlug = new Map(courses.map((course) => [course.slug, { ...course, contentIds: course.modules.flatMap((m) => m.contents.map((c) => c.id)) }]));

  for (const plan of plans) {
    const course = bySlug.get(plan.course)!;
    const studentId = userIds.get(plan.student)!;
    const total = course.contentIds.length;
    const done = course.contentIds.slice(0, plan.completed === "all" ? total : plan.completed);
    const enrolledAt = new Date(Date.now() - plan.daysAgo * DAY);
    const complete = done.length === total;
    const enrollment = await db.enrollment.create({
      data: {
        studentId,
        courseId: course.id,
        status: complete ? "COMPLETED" : "IN_PROGRESS",
        progressPercentage: Math.round((done.length / total) * 10000) / 100,
        enrolledAt,
        completedAt: complete ? new Date(enrolledAt.getTime() + 20 * DAY) : null,
      },
    });
    await db.completion.createMany({
      data: done.map((contentId, i) => ({ studentId, contentId, completedAt: new Date(enrolledAt.getTime() + (i + 1) * DAY) })),
    });
    if (complete) {
      await db.certificate.create({
        data: { userId: studentId, courseId: course.id, enrollmentId: enrollment.id, code: newCode(), issuedAt: enrollment.completedAt! },
      });
    }
  }

  // A paid course the demo student has enrolled in but not paid for yet.
  const paid = bySlug.get("typescript-for-production-teams")!;
  const unpaid = await db.enrollment.create({ data: { studentId: userIds.get("student@example.com")!, courseId: paid.id, status: "UNPAID" } });
  await db.invoice.create({
    data: { enrollmentId: unpaid.id, virtualAccountNumber: `8808${Date.now().toString().slice(-9)}`, amountIDR: paid.priceIDR, paymentDueAt: new Date(Date.now() + 3 * DAY) },
  });

  await seedDiscussions(db, userIds, bySlug.get("modern-javascript-foundations")!.id);
}

async function seedDiscussions(db: PrismaClient, userIds: Map<string, number>, courseId: number) {
  const id = (email: string) => userIds.get(email)!;
  const welcome = await db.discussion.create({
    data: { title: "Welcome to the community", description: "Introduce yourself and tell us what you are learning this month.", createdById: id("teacher@example.com") },
  });
  const hello = await db.comment.create({ data: { discussionId: welcome.id, authorId: id("student@example.com"), body: "Hi all! I'm Rizky from Bandung, working through Modern JavaScript Foundations." } });
  await db.comment.create({ data: { discussionId: welcome.id, authorId: id("teacher@example.com"), parentId: hello.id, body: "Welcome, Rizky! Shout if the async module gives you trouble." } });
  await db.comment.create({ data: { discussionId: welcome.id, authorId: id("student3@example.com"), body: "Hello from Lagos. Starting the CSS Grid course this week." } });
  await db.commentLike.createMany({ data: [{ commentId: hello.id, userId: id("student2@example.com") }, { commentId: hello.id, userId: id("teacher@example.com") }] });

  const qa = await db.discussion.create({
    data: { title: "Modern JavaScript Foundations: Q&A", description: "Questions about the lessons and the assignment.", courseId, createdById: id("teacher@example.com") },
  });
  const question = await db.comment.create({ data: { discussionId: qa.id, authorId: id("student2@example.com"), body: "Why does my fetch call return a Promise instead of the data?" } });
  await db.comment.create({
    data: { discussionId: qa.id, authorId: id("teacher@example.com"), parentId: question.id, body: "fetch is asynchronous: put `await` before it inside an async function, then `await response.json()` too." },
  });
  await db.commentLike.create({ data: { commentId: question.id, userId: id("student@example.com") } });
}
