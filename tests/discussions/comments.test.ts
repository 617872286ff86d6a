import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getComment } from "@/lib/discussions/get-comment";
import { likeComment, unlikeComment } from "@/lib/discussions/like-comment";
import { getCommentThread, listCommentTree, listComments } from "@/lib/discussions/list-comments";
import { listRecentComments } from "@/lib/discussions/recent-comments";
import { deleteComment, editComment, postComment, replyToComment } from "@/lib/discussions/write-comments";
import { updateUser } from "@/lib/users/update-user";
import { makeComment, makeCommentLike, makeCourse, makeDiscussion, makeEnrollment, makeUser, type TestUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";
import { mailsTo } from "../mail-helpers";

let admin: TestUser;

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN" });
});

const forum = () => makeDiscussion({ title: unique("Forum") });

describe("posting, editing and deleting comments", () => {
  it("posts a trimmed markdown comment with the author's badge, and refuses an empty or overlong body with a field error", async () => {
    const { id } = await forum();
    const author = await makeUser({ avatarUrl: "/uploads/avatars/a.png" });
    const comment = await postComment(actorOf(author), id, { body: "  **Hello** there  " });
    expect(comment).toEqual({
      id: comment.id,
      discussionId: id,
      parentId: null,
      body: "**Hello** there",
      author: { id: author.id, fullName: author.fullName, avatarUrl: "/uploads/avatars/a.png", role: "Student" },
      likesCount: 0,
      likedByMe: false,
      repliesCount: 0,
      edited: false,
      deleted: false,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      canEdit: true,
      canDelete: true,
    });
    const long = await fail(postComment(actorOf(author), id, { body: "x".repeat(10_001) }));
    expect([long?.status, long?.fieldErrors]).toEqual([400, [{ field: "body", message: "A comment must be at most 10000 characters." }]]);
    expect((await fail(postComment(actorOf(author), id, { body: "   " })))?.fieldErrors).toEqual([{ field: "body", message: "Write something first." }]);
    expect((await postComment(actorOf(author), id, { body: "y".repeat(10_000) })).body).toHaveLength(10_000);
  });

  it("lets authors edit only their own comment (not even admins another's), and marks it edited", async () => {
    const { id } = await forum();
    const [author, other] = await Promise.all([makeUser(), makeUser()]);
    const comment = await makeComment({ discussionId: id, authorId: author.id });
    for (const who of [other, admin]) {
      const error = await fail(editComment(actorOf(who), id, comment.id, { body: "taken over" }));
      expect([error?.status, error?.message]).toEqual([403, "You can only edit your own comments."]);
    }
    const edited = await editComment(actorOf(author), id, comment.id, { body: "Better wording" });
    expect([edited.body, edited.edited]).toEqual(["Better wording", true]);
    expect((await getComment(actorOf(other), id, comment.id)).canEdit).toBe(false);
    const gone = await makeComment({ discussionId: id, authorId: author.id, deleted: true });
    expect((await fail(editComment(actorOf(author), id, gone.id, { body: "back" })))?.status).toBe(409);
  });

  it("deletes softly: the body and author are hidden, the replies stay", async () => {
    const { id } = await forum();
    const [author, replier] = await Promise.all([makeUser(), makeUser()]);
    const comment = await makeComment({ discussionId: id, authorId: author.id, body: "Original" });
    const reply = await makeComment({ discussionId: id, authorId: replier.id, parentId: comment.id });
    expect((await fail(deleteComment(actorOf(replier), id, comment.id)))?.message).toBe("You can only delete your own comments.");

    const deleted = await deleteComment(actorOf(author), id, comment.id);
    expect(deleted).toMatchObject({ id: comment.id, body: "", author: null, deleted: true, repliesCount: 1, canEdit: false, canDelete: false });
    const replies = await listComments(actorOf(replier), id, { parentId: comment.id });
    expect(replies.items.map((r) => [r.id, r.deleted])).toEqual([[reply.id, false]]);
    expect((await listComments(actorOf(replier), id, {})).items.map((c) => [c.id, c.body, c.author])).toEqual([[comment.id, "", null]]);
    expect((await fail(deleteComment(actorOf(author), id, comment.id)))?.status).toBe(409);
    expect((await fail(replyToComment(actorOf(replier), id, comment.id, { body: "hello?" })))?.status).toBe(409);
    expect(await db.auditLog.count({ where: { entity: "Comment", entityId: comment.id } })).toBe(0);
  });

  it("lets the course's teacher moderate its Q&A forum and admins every forum, audited with the body's opening", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const course = await makeCourse({ teacherId: teacher.id });
    const qa = await makeDiscussion({ courseId: course.id });
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: course.id });
    const rude = await makeComment({ discussionId: qa.id, authorId: student.id, body: "Rude words" });
    expect((await getComment(actorOf(teacher), qa.id, rude.id)).canDelete).toBe(true);
    await deleteComment(actorOf(teacher), qa.id, rude.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Comment", entityId: rude.id } });
    expect([audit.actorId, audit.action, audit.data]).toEqual([teacher.id, "comment.delete", { discussionId: qa.id, authorId: student.id, excerpt: "Rude words" }]);

    const general = await forum();
    const elsewhere = await makeComment({ discussionId: general.id, authorId: student.id });
    expect((await fail(deleteComment(actorOf(teacher), general.id, elsewhere.id)))?.status).toBe(403);
    await deleteComment(actorOf(admin), general.id, elsewhere.id);
    expect(await db.auditLog.count({ where: { action: "comment.delete", entityId: elsewhere.id, actorId: admin.id } })).toBe(1);
  });

  it("answers 404 for a comment of another forum", async () => {
    const [a, b] = await Promise.all([forum(), forum()]);
    const author = await makeUser();
    const comment = await makeComment({ discussionId: a.id, authorId: author.id });
    const error = await fail(getComment(actorOf(author), b.id, comment.id));
    expect([error?.status, error?.message]).toEqual([404, "Comment not found."]);
  });

  it("allows 10 comments a minute per user; the 11th is 429 with Retry-After", async () => {
    const { id } = await forum();
    const author = await makeUser();
    const first = await postComment(actorOf(author), id, { body: "one" });
    for (let n = 2; n <= 10; n++) {
      if (n % 2) await postComment(actorOf(author), id, { body: `post ${n}` });
      else await replyToComment(actorOf(author), id, first.id, { body: `reply ${n}` });
    }
    const error = await fail(postComment(actorOf(author), id, { body: "eleven" }));
    expect(error?.status).toBe(429);
    expect(error?.message).toMatch(/^You are posting too fast\. Try again in \d+ seconds?\.$/);
    expect(Number(error?.headers["Retry-After"])).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { authorId: author.id } })).toBe(10);
    // Another user is not slowed down.
    expect((await postComment(actorOf(await makeUser()), id, { body: "mine" })).body).toBe("mine");
  });
});

describe("likes", () => {
  it("counts a like once however often it is sent, and unliking is idempotent too", async () => {
    const { id } = await forum();
    const [author, fan] = await Promise.all([makeUser(), makeUser()]);
    const comment = await makeComment({ discussionId: id, authorId: author.id });
    expect(await likeComment(actorOf(fan), id, comment.id)).toMatchObject({ likesCount: 1, likedByMe: true });
    expect(await likeComment(actorOf(fan), id, comment.id)).toMatchObject({ likesCount: 1, likedByMe: true });
    expect(await db.commentLike.count({ where: { commentId: comment.id } })).toBe(1);
    expect(await getComment(actorOf(author), id, comment.id)).toMatchObject({ likesCount: 1, likedByMe: false });
    expect(await unlikeComment(actorOf(fan), id, comment.id)).toMatchObject({ likesCount: 0, likedByMe: false });
    expect(await unlikeComment(actorOf(fan), id, comment.id)).toMatchObject({ likesCount: 0, likedByMe: false });
  });

  it("stores one row for concurrent likes of one user, without an error", async () => {
    const { id } = await forum();
    const [author, fan] = await Promise.all([makeUser(), makeUser()]);
    const comment = await makeComment({ discussionId: id, authorId: author.id });
    const views = await Promise.all(Array.from({ length: 5 }, () => likeComment(actorOf(fan), id, comment.id)));
    expect(views.map((v) => v.likesCount)).toEqual([1, 1, 1, 1, 1]);
    expect(await db.commentLike.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it("refuses likes on a deleted comment with 409", async () => {
    const { id } = await forum();
    const author = await makeUser();
    const comment = await makeComment({ discussionId: id, authorId: author.id, deleted: true });
    const error = await fail(likeComment(actorOf(await makeUser()), id, comment.id));
    expect([error?.status, error?.message]).toEqual([409, "This comment has been deleted."]);
  });
});

describe("reading threads", () => {
  it("orders top-level comments newest first, oldest first or most liked first", async () => {
    const { id } = await forum();
    const author = await makeUser();
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const [a, b, c] = await Promise.all([
      makeComment({ discussionId: id, authorId: author.id }),
      makeComment({ discussionId: id, authorId: author.id }),
      makeComment({ discussionId: id, authorId: author.id }),
    ]);
    await Promise.all([a, b, c].map((comment, i) => db.comment.update({ where: { id: comment.id }, data: { createdAt: at(30 - i * 10) } })));
    const fans = await Promise.all([makeUser(), makeUser()]);
    await Promise.all([...fans.map((fan) => makeCommentLike({ commentId: a.id, userId: fan.id })), makeCommentLike({ commentId: b.id, userId: fans[0]!.id })]);
    const order = async (sort?: string) => (await listComments(actorOf(author), id, sort ? { sort } : {})).items.map((x) => x.id);
    expect(await order()).toEqual([c.id, b.id, a.id]);
    expect(await order("oldest")).toEqual([a.id, b.id, c.id]);
    expect(await order("mostLiked")).toEqual([a.id, b.id, c.id]);
    expect((await fail(listComments(actorOf(author), id, { sort: "best" })))?.status).toBe(400);
  });

  it("shows replies two levels deep and only counts the third", async () => {
    const { id } = await forum();
    const author = await makeUser();
    const top = await makeComment({ discussionId: id, authorId: author.id });
    const level1 = await makeComment({ discussionId: id, authorId: author.id, parentId: top.id });
    const level2 = await makeComment({ discussionId: id, authorId: author.id, parentId: level1.id });
    await makeComment({ discussionId: id, authorId: author.id, parentId: level2.id });

    const { items, pagination } = await listCommentTree(actorOf(author), id, {});
    expect(pagination.totalRecords).toBe(1);
    const shape = (node: { id: number; repliesCount: number; replies: unknown[] }): unknown => ({ id: node.id, count: node.repliesCount, replies: node.replies.map((r) => shape(r as typeof node)) });
    const expected = { id: top.id, count: 1, replies: [{ id: level1.id, count: 1, replies: [{ id: level2.id, count: 1, replies: [] }] }] };
    expect(shape(items[0]!)).toEqual(expected);
    expect(shape(await getCommentThread(actorOf(author), id, top.id))).toEqual(expected);
    expect((await getCommentThread(actorOf(author), id, level2.id)).replies).toHaveLength(1);
  });

  it("shows at most 20 replies under one comment in a tree, the oldest, and counts them all", async () => {
    const { id } = await forum();
    const author = await makeUser();
    const top = await makeComment({ discussionId: id, authorId: author.id });
    const start = Date.now() - 3_600_000;
    await db.comment.createMany({
      data: Array.from({ length: 21 }, (_, n) => ({ discussionId: id, authorId: author.id, parentId: top.id, body: `reply ${n}`, createdAt: new Date(start + n * 1000) })),
    });
    const thread = await getCommentThread(actorOf(author), id, top.id);
    expect([thread.repliesCount, thread.replies.length, thread.replies[0]?.body, thread.replies.at(-1)?.body]).toEqual([21, 20, "reply 0", "reply 19"]);
  });

  it("gives admins the newest comments of every forum, deleted ones on request", async () => {
    const { id, title } = await forum();
    const author = await makeUser();
    const word = unique("moderate");
    const live = await makeComment({ discussionId: id, authorId: author.id, body: `Hello ${word}` });
    const gone = await makeComment({ discussionId: id, authorId: author.id, deleted: true });
    expect((await fail(listRecentComments(actorOf(author), {})))?.status).toBe(403);
    const found = await listRecentComments(actorOf(admin), { q: word });
    expect(found.items.map((c) => [c.id, c.discussion])).toEqual([[live.id, { id, title }]]);
    const all = await listRecentComments(actorOf(admin), { discussionId: id, includeDeleted: "true" });
    expect(all.items.map((c) => c.id)).toEqual([gone.id, live.id]);
  });
});

describe("reply mails", () => {
  it("mails the parent's author in their saved language with a link to the thread", async () => {
    const { id, title } = await forum();
    const [author, replier] = await Promise.all([makeUser(), makeUser({ fullName: "Budi Santoso" })]);
    await db.user.update({ where: { id: author.id }, data: { locale: "id" } });
    const comment = await makeComment({ discussionId: id, authorId: author.id });
    const reply = await replyToComment(actorOf(replier), id, comment.id, { body: "Coba pakai `await`." });
    const mails = await mailsTo(author.email);
    expect(mails.map((m) => m.subject)).toEqual([`Budi Santoso membalas komentar Anda di “${title}”`]);
    expect(mails[0]?.text).toContain("Coba pakai `await`.");
    expect(mails[0]?.text).toContain(`\n${env().APP_URL}/discussions/${id}/comments/${comment.id}#comment-${reply.id}\n`);
  });

  it("sends nothing for a reply to oneself or to someone who turned the mails off", async () => {
    const { id } = await forum();
    const [author, quiet, replier] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    expect((await updateUser(actorOf(quiet), quiet.id, { notifyOnReply: false })).notifyOnReply).toBe(false);
    const own = await makeComment({ discussionId: id, authorId: author.id });
    await replyToComment(actorOf(author), id, own.id, { body: "Adding to my point" });
    const theirs = await makeComment({ discussionId: id, authorId: quiet.id });
    await replyToComment(actorOf(replier), id, theirs.id, { body: "Hello" });
    expect([await mailsTo(author.email), await mailsTo(quiet.email)]).toEqual([[], []]);
  });
});
