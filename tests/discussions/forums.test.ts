import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { courseForumFor, getDiscussion } from "@/lib/discussions/get-discussion";
import { listComments } from "@/lib/discussions/list-comments";
import { listDiscussions } from "@/lib/discussions/list-discussions";
import { createDiscussion, deleteDiscussion, updateDiscussion } from "@/lib/discussions/manage-discussions";
import { postComment } from "@/lib/discussions/write-comments";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { makeComment, makeCourse, makeDiscussion, makeEnrollment, makeUser, type TestUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let admin: TestUser;
let teacher: TestUser;

beforeAll(async () => {
  [admin, teacher] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "TEACHER" })]);
});

/** A course of `teacher` with its Q&A forum. */
async function courseWithForum() {
  const course = await makeCourse({ teacherId: teacher.id });
  const forum = await makeDiscussion({ courseId: course.id, createdById: teacher.id, title: `${course.title} — Q&A` });
  return { course, forum };
}

async function studentWith(courseId: number, status: EnrollmentStatus) {
  const student = await makeUser();
  await makeEnrollment({ studentId: student.id, courseId, status });
  return student;
}

describe("who sees a course's Q&A forum", () => {
  it("opens it to its paid students, its teacher and admins; to anyone else it does not exist", async () => {
    const { course, forum } = await courseWithForum();
    const other = await courseWithForum();
    const readers = [
      await studentWith(course.id, "IN_PROGRESS"),
      await studentWith(course.id, "COMPLETED"),
      teacher,
      admin,
    ];
    for (const reader of readers) expect((await getDiscussion(actorOf(reader), forum.id)).id).toBe(forum.id);

    const outsiders = [
      await studentWith(course.id, "UNPAID"),
      await studentWith(course.id, "CANCELLED"),
      await studentWith(other.course.id, "IN_PROGRESS"),
      await makeUser({ role: "TEACHER" }),
    ];
    for (const outsider of outsiders) {
      const error = await fail(getDiscussion(actorOf(outsider), forum.id));
      expect([error?.status, error?.message]).toEqual([404, "Discussion forum not found."]);
      expect((await fail(listComments(actorOf(outsider), forum.id, {})))?.status).toBe(404);
      expect((await fail(postComment(actorOf(outsider), forum.id, { body: "hi" })))?.status).toBe(404);
      expect(await courseForumFor(actorOf(outsider), course.id)).toBeNull();
    }
    expect(await courseForumFor(actorOf(readers[0]!), course.id)).toEqual({ id: forum.id });
  });

  it("lists general forums to everyone and course forums to their readers, filtered by course and searched", async () => {
    const { course, forum } = await courseWithForum();
    const word = unique("zebra");
    const general = await makeDiscussion({ createdById: admin.id, title: `General ${word}` });
    const described = await makeDiscussion({ createdById: admin.id, title: "Other", description: `About ${word}` });
    const stranger = await makeUser();
    const mine = await studentWith(course.id, "IN_PROGRESS");

    const strangers = await listDiscussions(actorOf(stranger), { q: word, sort: "title" });
    expect(strangers.items.map((d) => d.id)).toEqual([general.id, described.id]);
    expect((await listDiscussions(actorOf(stranger), { courseId: course.id })).items).toEqual([]);
    const byProgram = await listDiscussions(actorOf(mine), { programId: String(course.id) });
    expect(byProgram.items).toEqual([
      {
        id: forum.id,
        title: forum.title,
        description: "",
        courseId: course.id,
        programId: course.id,
        course: { id: course.id, title: course.title, slug: course.slug },
        createdBy: { id: teacher.id, fullName: teacher.fullName },
        commentsCount: 0,
        lastActivityAt: null,
        createdAt: forum.createdAt.toISOString(),
        updatedAt: forum.updatedAt.toISOString(),
      },
    ]);
    expect(byProgram.pagination).toMatchObject({ totalRecords: 1, currentPage: 1, totalPages: 1 });
  });

  it("sorts by latest activity by default, counting live comments only", async () => {
    const word = unique("activity");
    const quiet = await makeDiscussion({ title: `Quiet ${word}` });
    const busy = await makeDiscussion({ title: `Busy ${word}` });
    const fresh = await makeDiscussion({ title: `Fresh ${word}` });
    await db.discussion.update({ where: { id: fresh.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const author = await makeUser();
    const older = await makeComment({ discussionId: busy.id, authorId: author.id });
    await makeComment({ discussionId: busy.id, authorId: author.id, parentId: older.id });
    await makeComment({ discussionId: busy.id, authorId: author.id, deleted: true });
    await db.discussion.update({ where: { id: quiet.id }, data: { createdAt: new Date(Date.now() - 120_000) } });

    const { items } = await listDiscussions(actorOf(author), { q: word });
    expect(items.map((d) => [d.title.split(" ")[0], d.commentsCount])).toEqual([
      ["Busy", 2],
      ["Fresh", 0],
      ["Quiet", 0],
    ]);
    expect(items[0]?.lastActivityAt).not.toBeNull();
    const newest = await listDiscussions(actorOf(author), { q: word, sort: "newest", limit: 1, page: 2 });
    expect([newest.items.map((d) => d.id), newest.pagination.totalRecords]).toEqual([[fresh.id], 3]);
  });
});

describe("managing forums", () => {
  it("lets only admins create, update and delete forums, audited", async () => {
    const student = await makeUser();
    for (const who of [student, teacher]) {
      const error = await fail(createDiscussion(actorOf(who), { title: "Mine" }));
      expect([error?.status, error?.message]).toEqual([403, "Only administrators may do this."]);
    }
    const created = await createDiscussion(actorOf(admin), { title: "  Study groups  ", description: "Find a partner." });
    expect(created).toMatchObject({ title: "Study groups", description: "Find a partner.", courseId: null, createdBy: { id: admin.id } });
    expect((await fail(updateDiscussion(actorOf(teacher), created.id, { title: "Nope" })))?.status).toBe(403);
    expect((await updateDiscussion(actorOf(admin), created.id, { title: "Study circles" })).title).toBe("Study circles");
    expect((await fail(deleteDiscussion(actorOf(student), created.id)))?.status).toBe(403);
    await deleteDiscussion(actorOf(admin), created.id);
    expect(await db.discussion.findUnique({ where: { id: created.id } })).toBeNull();

    const trail = await db.auditLog.findMany({ where: { entity: "Discussion", entityId: created.id }, orderBy: { id: "asc" } });
    expect(trail.map((row) => [row.actorId, row.action, row.data])).toEqual([
      [admin.id, "discussion.create", { title: "Study groups", courseId: null }],
      [admin.id, "discussion.update", { from: { title: "Study groups" }, to: { title: "Study circles" } }],
      [admin.id, "discussion.delete", { title: "Study circles", comments: 0 }],
    ]);
  });

  it("keeps one Q&A forum per course: a second is 409, and it cannot be deleted alone", async () => {
    const { course, forum } = await courseWithForum();
    const second = await fail(createDiscussion(actorOf(admin), { title: "Another Q&A", courseId: course.id }));
    expect([second?.status, second?.message, second?.fieldErrors]).toEqual([
      409,
      "This course already has its Q&A forum.",
      [{ field: "courseId", message: "This course already has its Q&A forum." }],
    ]);
    const removal = await fail(deleteDiscussion(actorOf(admin), forum.id));
    expect([removal?.status, removal?.message]).toEqual([409, "A course's Q&A forum cannot be deleted on its own; it is deleted with its course."]);
    expect((await fail(createDiscussion(actorOf(admin), { title: "Lost", courseId: 2_000_000_000 })))?.status).toBe(404);
  });

  it("refuses titles out of 3–150 characters and long descriptions with field errors", async () => {
    const error = await fail(createDiscussion(actorOf(admin), { title: "ab", description: "x".repeat(2001) }));
    expect([error?.status, error?.fieldErrors]).toEqual([
      400,
      [
        { field: "title", message: "Title must be at least 3 characters." },
        { field: "description", message: "The description must be at most 2000 characters." },
      ],
    ]);
    expect((await fail(createDiscussion(actorOf(admin), { title: "x".repeat(151) })))?.fieldErrors).toEqual([
      { field: "title", message: "Title must be at most 150 characters." },
    ]);
  });
});
