// A platform-wide forum and every course's Q&A forum (one per course, as the app creates
// them), with replies and likes, so the forum pages are not empty on first start.
import type { Prisma } from "../../lib/generated/prisma/client";
import { lookup } from "./lookup";
import { daysAgo } from "./time";

type Forum = { key: string; title: string; description: string; course?: string; createdBy: string; daysAgo: number };
type Post = { key: string; forum: string; author: string; replyTo?: string; body: string; daysAgo: number; likedBy?: string[] };

const QA_COURSE = "modern-javascript-foundations";

const forums: Forum[] = [
  {
    key: "welcome",
    title: "Welcome to the community",
    description: "Introduce yourself and tell us what you are learning this month.",
    createdBy: "admin@example.com",
    daysAgo: 180,
  },
  {
    key: "qa",
    title: "Modern JavaScript Foundations: Q&A",
    description: "Questions about the lessons, the quizzes and the assignment. The instructor answers within two working days.",
    course: QA_COURSE,
    createdBy: "teacher@example.com",
    daysAgo: 150,
  },
];

// Replies come after the post they answer, so its id is known when they are created.
const posts: Post[] = [
  { key: "hello", forum: "welcome", author: "student@example.com", body: "Hi all! I'm Rizky from Bandung, working through Modern JavaScript Foundations.", daysAgo: 40, likedBy: ["student2@example.com", "teacher@example.com"] },
  { key: "welcome-back", forum: "welcome", author: "teacher@example.com", replyTo: "hello", body: "Welcome, Rizky! Shout if the async module gives you trouble.", daysAgo: 39 },
  { key: "lagos", forum: "welcome", author: "student3@example.com", body: "Hello from Lagos. Starting the CSS Grid course this week.", daysAgo: 25, likedBy: ["student@example.com"] },
  { key: "promise", forum: "qa", author: "student2@example.com", body: "Why does my `fetch` call return a Promise instead of the data?", daysAgo: 20, likedBy: ["student@example.com", "student3@example.com"] },
  { key: "await", forum: "qa", author: "teacher@example.com", replyTo: "promise", body: "`fetch` is asynchronous: put `await` before it inside an `async` function, then `await response.json()` too.", daysAgo: 19, likedBy: ["student2@example.com"] },
  { key: "thanks", forum: "qa", author: "student2@example.com", replyTo: "promise", body: "That fixed it, thank you! I had forgotten the second `await`.", daysAgo: 19 },
  { key: "debounce", forum: "qa", author: "student@example.com", body: "For the search box assignment: is 300 ms a sensible debounce delay?", daysAgo: 4 },
];

/** Every new course's Q&A forum, titled as a course created in the app gets it; `forums` may describe one further. */
async function createCourseForums(tx: Prisma.TransactionClient, courseIds: Map<string, number>) {
  const courses = await tx.course.findMany({ where: { id: { in: [...courseIds.values()] } }, select: { id: true, slug: true, title: true, teacherId: true, createdAt: true } });
  const forumIds = new Map<string, number>();
  for (const course of courses) {
    const spec = forums.find((forum) => forum.course === course.slug);
    const createdAt = spec ? daysAgo(spec.daysAgo) : course.createdAt;
    const row = await tx.discussion.create({
      data: {
        title: spec?.title ?? `${course.title} — Q&A`,
        description: spec?.description ?? "",
        courseId: course.id,
        createdById: course.teacherId,
        createdAt,
        updatedAt: createdAt,
      },
    });
    if (spec) forumIds.set(spec.key, row.id);
  }
  return forumIds;
}

/** Creates the platform-wide forums, a Q&A forum for each course in `courseIds` (the new ones), and their threads. */
export async function createDiscussions(tx: Prisma.TransactionClient, userIds: Map<string, number>, courseIds: Map<string, number>) {
  const user = (email: string) => lookup(userIds, email);
  const forumIds = await createCourseForums(tx, courseIds);
  for (const forum of forums.filter((f) => !f.course)) {
    const createdAt = daysAgo(forum.daysAgo);
    const row = await tx.discussion.create({
      data: { title: forum.title, description: forum.description, createdById: user(forum.createdBy), createdAt, updatedAt: createdAt },
    });
    forumIds.set(forum.key, row.id);
  }

  const postIds = new Map<string, number>();
  const likes: { commentId: number; userId: number }[] = [];
  for (const post of posts.filter((p) => forumIds.has(p.forum))) {
    const createdAt = daysAgo(post.daysAgo);
    const comment = await tx.comment.create({
      data: {
        discussionId: lookup(forumIds, post.forum),
        authorId: user(post.author),
        parentId: post.replyTo ? lookup(postIds, post.replyTo) : null,
        body: post.body,
        createdAt,
        updatedAt: createdAt,
      },
    });
    postIds.set(post.key, comment.id);
    likes.push(...(post.likedBy ?? []).map((email) => ({ commentId: comment.id, userId: user(email) })));
  }
  await tx.commentLike.createMany({ data: likes, skipDuplicates: true });
}
