// Forums and comments over real HTTP: each endpoint's status, envelope and message, in the
// answers a client walking the contract gets.
import { db } from "@/lib/db";
import { makeEnrollment, unique } from "../../tests/factories";
import { expect, test } from "../support/fixtures";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const ok = (statusCode: number, message: string) => ({ success: true, statusCode, message, errors: null });

test("admins manage forums: create, list, read, update, delete; a Q&A forum goes only with its course", async ({ request, make, apiTokenFor }) => {
  const admin = await make.user({ role: "ADMIN" });
  const token = await apiTokenFor(admin);
  const student = await make.user();
  const title = unique("Study groups");

  expect((await request.get("/api/v1/discussions")).status()).toBe(401);
  const refused = await request.post("/api/v1/discussions", { headers: bearer(await apiTokenFor(student)), data: { title } });
  expect([refused.status(), (await refused.json()).message]).toEqual([403, "You do not have permission to do this."]);

  const created = await request.post("/api/v1/discussions", { headers: bearer(token), data: { title, description: "Find a partner." } });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body).toMatchObject({ ...ok(201, "Successfully created a new discussion forum."), data: { discussion: { title, courseId: null, programId: null, commentsCount: 0 } } });
  const path = `/api/v1/discussions/${body.data.discussion.id}`;

  const listed = await request.get(`/api/v1/discussions?q=${encodeURIComponent(title)}`, { headers: bearer(token) });
  expect(await listed.json()).toMatchObject({
    ...ok(200, "Successfully retrieved all discussion forums."),
    data: { discussions: [{ id: body.data.discussion.id }] },
    pagination: { totalRecords: 1, currentPage: 1 },
  });
  const read = await request.get(path, { headers: { ...bearer(token), "accept-language": "id" } });
  expect(await read.json()).toMatchObject({ ...ok(200, "Detail forum diskusi berhasil diambil."), data: { discussion: { title } } });
  const patched = await request.patch(path, { headers: bearer(token), data: { title: "ab" } });
  expect([patched.status(), (await patched.json()).errors]).toEqual([400, [{ field: "title", message: "Title must be at least 3 characters." }]]);
  const renamed = await request.patch(path, { headers: bearer(token), data: { title: `${title}!` } });
  expect(await renamed.json()).toMatchObject({ ...ok(200, "Successfully updated discussion forum details."), data: { discussion: { title: `${title}!` } } });
  const deleted = await request.delete(path, { headers: bearer(token) });
  expect(await deleted.json()).toEqual({ ...ok(200, "Successfully deleted a discussion forum."), data: null });
  expect((await request.get(path, { headers: bearer(token) })).status()).toBe(404);

  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id });
  const qa = await request.post("/api/v1/discussions", { headers: bearer(token), data: { title: "Q&A", courseId: course.id } });
  expect(qa.status()).toBe(201);
  const again = await request.post("/api/v1/discussions", { headers: bearer(token), data: { title: "Q&A again", courseId: course.id } });
  expect([again.status(), (await again.json()).message]).toEqual([409, "This course already has its Q&A forum."]);
  const qaDelete = await request.delete(`/api/v1/discussions/${(await qa.json()).data.discussion.id}`, { headers: bearer(token) });
  expect(qaDelete.status()).toBe(409);
});

test("in a course's Q&A forum a student posts, the teacher replies, likes count once, and deleting keeps the replies", async ({ request, make, apiTokenFor }) => {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id });
  const forum = await db.discussion.create({ data: { title: "Q&A", courseId: course.id, createdById: teacher.id } });
  const [student, outsider] = [await make.user(), await make.user()];
  await makeEnrollment({ studentId: student.id, courseId: course.id });
  const [studentToken, teacherToken, outsiderToken] = await Promise.all([apiTokenFor(student), apiTokenFor(teacher), apiTokenFor(outsider)]);
  const comments = `/api/v1/discussions/${forum.id}/comments`;

  const hidden = await request.get(comments, { headers: bearer(outsiderToken) });
  expect([hidden.status(), (await hidden.json()).message]).toEqual([404, "Discussion forum not found."]);
  const tooLong = await request.post(comments, { headers: bearer(studentToken), data: { body: "x".repeat(10_001) } });
  expect([tooLong.status(), (await tooLong.json()).errors]).toEqual([400, [{ field: "body", message: "A comment must be at most 10000 characters." }]]);

  const posted = await request.post(comments, { headers: bearer(studentToken), data: { body: "Why does `fetch` return a Promise?" } });
  expect(posted.status()).toBe(201);
  const comment = (await posted.json()).data.comment;
  expect(await posted.json()).toMatchObject({ ...ok(201, "Successfully posted a comment."), data: { comment: { parentId: null, author: { id: student.id, role: "Student" }, canEdit: true } } });
  const path = `${comments}/${comment.id}`;

  const replied = await request.post(`${path}/reply`, { headers: bearer(teacherToken), data: { body: "Use `await`." } });
  expect(await replied.json()).toMatchObject({ ...ok(201, "Successfully replied to the comment."), data: { comment: { parentId: comment.id, author: { role: "Teacher" } } } });
  expect(replied.status()).toBe(201);
  const reply = (await replied.json()).data.comment;
  expect((await db.mailOutbox.findMany({ where: { to: student.email } })).map((m) => m.subject)).toEqual([`${teacher.fullName} replied to your comment in “Q&A”`]);

  for (let n = 0; n < 2; n++) {
    const liked = await request.post(`${comments}/${reply.id}/like`, { headers: bearer(studentToken) });
    expect(await liked.json()).toMatchObject({ ...ok(200, "Successfully liked the comment."), data: { comment: { likesCount: 1, likedByMe: true } } });
  }
  const unliked = await request.post(`${comments}/${reply.id}/unlike`, { headers: bearer(studentToken) });
  expect(await unliked.json()).toMatchObject({ ...ok(200, "Successfully unliked the comment."), data: { comment: { likesCount: 0, likedByMe: false } } });

  const edited = await request.patch(path, { headers: bearer(studentToken), data: { body: "Why does `fetch` return a Promise, not data?" } });
  expect(await edited.json()).toMatchObject({ ...ok(200, "Successfully updated the comment."), data: { comment: { edited: true } } });
  const notTheirs = await request.patch(path, { headers: bearer(teacherToken), data: { body: "Mine now" } });
  expect([notTheirs.status(), (await notTheirs.json()).message]).toEqual([403, "You can only edit your own comments."]);

  const removed = await request.delete(path, { headers: bearer(studentToken) });
  expect(await removed.json()).toMatchObject({ ...ok(200, "Successfully deleted the comment."), data: { comment: { deleted: true, body: "", author: null, repliesCount: 1 } } });
  const detail = await request.get(path, { headers: bearer(teacherToken) });
  expect(await detail.json()).toMatchObject({ ...ok(200, "Successfully retrieved comment details."), data: { comment: { deleted: true } } });
  const likeDeleted = await request.post(`${path}/like`, { headers: bearer(teacherToken) });
  expect([likeDeleted.status(), (await likeDeleted.json()).message]).toEqual([409, "This comment has been deleted."]);

  const replies = await request.get(`${comments}?parentId=${comment.id}`, { headers: bearer(studentToken) });
  expect(await replies.json()).toMatchObject({
    ...ok(200, "Successfully retrieved all comments."),
    data: { comments: [{ id: reply.id, body: "Use `await`." }] },
    pagination: { totalRecords: 1 },
  });
});
