// Forums: admins manage them; a course's Q&A forum is seen and written in by its paid
// students, its teacher and admins, and is "not found" for everyone else. Comments: their
// authors edit them; authors and moderators (the course's teacher, admins) delete them.
import { db } from "@/lib/db";
import { makeComment, makeDiscussion, unique } from "../../../tests/factories";
import { adminsOnly, anyMember, type Row, type World } from "./types";

/** What `student` (enrolled), `teacher` (its teacher) and admins see of the published course's Q&A forum. */
const qa = (success: number) => ({ anonymous: 401, student: success, otherStudent: 404, teacher: success, otherTeacher: 404, admin: success });

/** The published course's Q&A forum, made once per world (every course has one). */
const qaForum = (world: World) =>
  db.discussion.upsert({
    where: { courseId: world.publishedCourseId },
    create: { title: unique("Matrix Q&A"), courseId: world.publishedCourseId, createdById: world.accounts.teacher.id },
    update: {},
  });

const generalForum = (world: World) => makeDiscussion({ title: unique("Matrix forum"), createdById: world.accounts.admin.id });

/** A new comment of `student` in the Q&A forum, and its path. */
async function studentComment(world: World) {
  const forum = await qaForum(world);
  const comment = await makeComment({ discussionId: forum.id, authorId: world.accounts.student.id });
  return `/api/v1/discussions/${forum.id}/comments/${comment.id}`;
}

export const discussionRows: Row[] = [
  { op: "GET /discussions", call: () => ({ path: "/api/v1/discussions" }), expect: anyMember },
  { op: "POST /discussions", call: () => ({ path: "/api/v1/discussions", data: { title: unique("Matrix forum") } }), expect: adminsOnly(201) },
  { op: "GET /discussions/{discussionId}", call: async (world) => ({ path: `/api/v1/discussions/${(await qaForum(world)).id}` }), expect: qa(200) },
  {
    op: "PATCH /discussions/{discussionId}",
    call: async (world) => ({ path: `/api/v1/discussions/${(await generalForum(world)).id}`, data: { description: "Patched." } }),
    expect: adminsOnly(200),
  },
  { op: "DELETE /discussions/{discussionId}", call: async (world) => ({ path: `/api/v1/discussions/${(await generalForum(world)).id}` }), expect: adminsOnly(200) },
  { op: "GET /discussions/{discussionId}/comments", call: async (world) => ({ path: `/api/v1/discussions/${(await qaForum(world)).id}/comments` }), expect: qa(200) },
  {
    op: "POST /discussions/{discussionId}/comments",
    call: async (world) => ({ path: `/api/v1/discussions/${(await qaForum(world)).id}/comments`, data: { body: "A question." } }),
    expect: qa(201),
  },
  { op: "GET /discussions/{discussionId}/comments/{commentId}", call: async (world) => ({ path: await studentComment(world) }), expect: qa(200) },
  {
    op: "PATCH /discussions/{discussionId}/comments/{commentId}",
    call: async (world) => ({ path: await studentComment(world), data: { body: "Edited." } }),
    expect: { anonymous: 401, student: 200, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403 },
  },
  { op: "DELETE /discussions/{discussionId}/comments/{commentId}", call: async (world) => ({ path: await studentComment(world) }), expect: qa(200) },
  {
    op: "POST /discussions/{discussionId}/comments/{commentId}/reply",
    call: async (world) => ({ path: `${await studentComment(world)}/reply`, data: { body: "An answer." } }),
    expect: qa(201),
  },
  { op: "POST /discussions/{discussionId}/comments/{commentId}/like", call: async (world) => ({ path: `${await studentComment(world)}/like` }), expect: qa(200) },
  { op: "POST /discussions/{discussionId}/comments/{commentId}/unlike", call: async (world) => ({ path: `${await studentComment(world)}/unlike` }), expect: qa(200) },
];
