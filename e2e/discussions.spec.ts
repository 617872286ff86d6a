// The discussion pages in a real browser: a student posts in their course's Q&A forum, the
// teacher replies from another device, the student likes the reply (and takes the like
// back), edits and deletes their post (the reply stays under a placeholder); an admin deletes
// a comment from the moderation view. In English at desktop width and in Indonesian on a
// phone, with the labels read from the catalogs. Screenshots (test-results/…/discussions-*.png)
// are there to be looked at.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import en from "../messages/en.json" with { type: "json" };
import id from "../messages/id.json" with { type: "json" };
import { makeComment, makeDiscussion, makeEnrollment, unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

const RUNS = [
  { locale: "en", text: en, viewport: { width: 1280, height: 900 } },
  { locale: "id", text: id, viewport: { width: 390, height: 844 } },
] as const;

// Clicks before the scripts have loaded would be lost.
const hydrated = (page: Page) => page.waitForLoadState("networkidle");
const speak = (page: Page, locale: string) => page.context().addCookies([{ name: "lms-locale", value: locale, domain: "127.0.0.1", path: "/" }]);
const fill = (message: string, values: Record<string, string | number>) => message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

for (const { locale, text, viewport } of RUNS) {
  const t = text.DiscussionForms;
  const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`discussions-${locale}-${name}.png`), fullPage: true });

  test.describe(`in ${locale} at ${viewport.width}px`, () => {
    test.use({ viewport });

    test("an admin opens a forum, a student posts, a teacher replies, the student likes the reply, edits and deletes their post", async ({ signedInPage: page, user: student, make, signIn, newDevicePage }) => {
      test.slow();
      const teacher = await make.user({ role: "TEACHER" });
      const admin = await make.user({ role: "ADMIN" });
      const adminPage = await newDevicePage();
      await speak(adminPage, locale);
      await signIn(admin, adminPage);
      await adminPage.goto("/admin/discussions/new");
      await hydrated(adminPage);
      const title = unique(text.AdminDiscussions.forumsTitle);
      await adminPage.getByLabel(t.forumTitle).fill(title);
      await adminPage.getByLabel(t.forumDescription).fill("Ask anything about the courses.");
      await adminPage.getByRole("button", { name: t.createForum }).click();
      await expect(adminPage.getByRole("status", { name: text.UI.notifications })).toContainText(fill(t.forumCreated, { title }));
      const forum = await db.discussion.findFirstOrThrow({ where: { title, courseId: null, createdById: admin.id } });
      await adminPage.close();
      const question = `How do loops work? ${unique()}`;
      const answer = `Like a **merry-go-round**. ${unique()}`;

      await speak(page, locale);
      await page.goto("/discussions");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.Discussions.title);
      await page.getByRole("link", { name: forum.title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(forum.title);
      await hydrated(page);
      await page.getByRole("textbox", { name: t.newPost, exact: true }).fill(question);
      await page.getByRole("button", { name: t.post, exact: true }).click();
      const post = page.getByRole("article", { name: fill(text.Discussions.commentBy, { name: student.fullName }) });
      await expect(post).toContainText(question);

      const teacherPage = await newDevicePage();
      await speak(teacherPage, locale);
      await signIn(teacher, teacherPage);
      await teacherPage.goto(`/discussions/${forum.id}`);
      await hydrated(teacherPage);
      await teacherPage.getByRole("article", { name: fill(text.Discussions.commentBy, { name: student.fullName }) }).getByRole("button", { name: t.reply, exact: true }).click();
      await teacherPage.getByRole("textbox", { name: t.replyLabel, exact: true }).fill(answer);
      await teacherPage.getByRole("button", { name: t.sendReply, exact: true }).click();
      const teacherReply = teacherPage.getByRole("article", { name: fill(text.Discussions.commentBy, { name: teacher.fullName }) });
      await expect(teacherReply.locator("strong")).toHaveText("merry-go-round");
      await expect(teacherReply).toContainText(text.Discussions.roleTeacher);

      await page.reload();
      await hydrated(page);
      const reply = page.getByRole("article", { name: fill(text.Discussions.commentBy, { name: teacher.fullName }) });
      const like = reply.getByRole("button", { name: t.like, exact: true });
      await expect(like).toHaveAttribute("aria-pressed", "false");
      await like.click();
      await expect(like).toHaveAttribute("aria-pressed", "true");
      await expect(reply.getByText(fill(t.likesOne, { count: 1 }), { exact: true })).toBeVisible();
      await expect.poll(() => db.commentLike.count({ where: { userId: student.id } })).toBe(1);
      await like.click();
      await expect(like).toHaveAttribute("aria-pressed", "false");
      await expect(reply.getByText(fill(t.likes, { count: 0 }), { exact: true })).toBeVisible();
      await expect.poll(() => db.commentLike.count({ where: { userId: student.id } })).toBe(0);
      await like.click();
      await expect(reply.getByText(fill(t.likesOne, { count: 1 }), { exact: true })).toBeVisible();
      // Reloading before the server has the like would cancel its request.
      await expect.poll(() => db.commentLike.count({ where: { userId: student.id } })).toBe(1);
      await page.reload();
      await expect(reply.getByText(fill(t.likesOne, { count: 1 }), { exact: true })).toBeVisible();
      await expect(reply.getByRole("button", { name: t.like, exact: true })).toHaveAttribute("aria-pressed", "true");
      await hydrated(page);
      await shot(page, "forum");

      // Edit in place: the raw markdown in the editor, the rendered text once saved.
      await post.getByRole("button", { name: t.edit, exact: true }).click();
      const editor = page.getByRole("textbox", { name: t.editLabel, exact: true });
      await expect(editor).toHaveValue(question);
      await editor.fill(`${question} _Solved_`);
      await page.getByRole("button", { name: t.save, exact: true }).click();
      await expect(post.locator("em")).toHaveText("Solved");
      await expect(post).toContainText(text.Discussions.edited);

      await post.getByRole("button", { name: t.delete, exact: true }).click();
      const dialog = page.getByRole("dialog", { name: t.deleteTitle });
      await dialog.getByRole("button", { name: t.deleteConfirm, exact: true }).click();
      await expect(page.getByText(text.Discussions.deletedComment)).toBeVisible();
      await expect(page.getByText(question)).toHaveCount(0);
      await expect(reply).toContainText("merry-go-round");

      // The permalink of the reply mail: the thread of the deleted post, the reply in it.
      const comment = await db.comment.findFirstOrThrow({ where: { authorId: teacher.id }, select: { id: true, parentId: true } });
      await page.goto(`/discussions/${forum.id}/comments/${comment.parentId}#comment-${comment.id}`);
      await expect(page.getByRole("heading", { level: 2, name: text.Discussions.threadTitle })).toBeVisible();
      await expect(reply).toContainText("merry-go-round");
      await shot(page, "thread");
      await page.goto("/discussions");
      await shot(page, "list");
    });
  });
}

test.describe("administration", () => {
  test.use({ role: "ADMIN" });

  test("an admin creates, renames and deletes a general forum; a course's forum cannot be deleted", async ({ signedInPage: page, user: admin, make }) => {
    const t = en.DiscussionForms;
    const title = unique("Study groups");
    await page.goto("/admin/discussions");
    await page.getByRole("link", { name: en.AdminDiscussions.newForumTitle }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.AdminDiscussions.newForumTitle);
    await hydrated(page);
    await page.getByLabel(t.forumTitle).fill(title);
    await page.getByLabel(t.forumDescription).fill("Find classmates to study with.");
    await page.getByRole("button", { name: t.createForum }).click();
    await expect(page.getByRole("status", { name: en.UI.notifications })).toContainText(fill(t.forumCreated, { title }));
    await expect(page).toHaveURL(/\/admin\/discussions$/);
    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await hydrated(page);
    await page.getByLabel(t.forumTitle).fill(`${title} (online)`);
    await page.getByRole("button", { name: t.saveForum }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (online)`);
    await page.screenshot({ path: test.info().outputPath("discussions-en-admin-forum.png"), fullPage: true });
    await page.getByRole("button", { name: t.deleteForum }).click();
    await page.getByRole("dialog", { name: fill(t.deleteForumTitle, { title: `${title} (online)` }) }).getByRole("button", { name: t.deleteForum }).click();
    await expect(page).toHaveURL(/\/admin\/discussions$/);
    expect(await db.discussion.count({ where: { createdById: admin.id } })).toBe(0);

    const teacher = await make.user({ role: "TEACHER" });
    const course = await make.course({ teacherId: teacher.id });
    const forum = await makeDiscussion({ courseId: course.id, createdById: teacher.id });
    await page.goto(`/admin/discussions/${forum.id}`);
    await expect(page.getByText(en.AdminDiscussions.deleteCourseForum)).toBeVisible();
    await expect(page.getByRole("button", { name: t.deleteForum })).toHaveCount(0);
  });

  test("an admin deletes a comment from the recent comments", async ({ signedInPage: page, make }) => {
    const author = await make.user();
    const forum = await makeDiscussion({ createdById: author.id, title: unique("General chat") });
    const body = `Buy cheap watches ${unique()}`;
    const comment = await makeComment({ discussionId: forum.id, authorId: author.id, body });

    await page.goto("/admin/discussions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.AdminDiscussions.title);
    const search = page.getByRole("search", { name: en.AdminDiscussions.filterLabel });
    await search.getByLabel(en.AdminDiscussions.searchLabel).fill(body);
    await search.getByRole("button", { name: en.UI.applyFilters }).click();
    const row = page.getByRole("row").filter({ hasText: body });
    await expect(row).toHaveCount(1);
    await hydrated(page);
    await page.screenshot({ path: test.info().outputPath("discussions-en-admin.png"), fullPage: true });
    await row.getByRole("button", { name: en.DiscussionForms.delete }).click();
    const dialog = page.getByRole("dialog", { name: fill(en.DiscussionForms.deleteCommentOf, { name: author.fullName }) });
    await dialog.getByRole("button", { name: en.DiscussionForms.deleteConfirm }).click();
    await expect(page.getByText(en.AdminDiscussions.noMatchTitle)).toBeVisible();
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).deletedAt).not.toBeNull();
  });
});

test("a student finds their course's Q&A forum from the course page and the reader, and turns reply mails off", async ({ signedInPage: page, user: student, make }) => {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id, outline: [{ title: "Basics", contents: [{ title: "Welcome", type: "LESSON" }] }] });
  const forum = await makeDiscussion({ courseId: course.id, createdById: teacher.id });
  await makeEnrollment({ studentId: student.id, courseId: course.id });

  await page.goto(`/courses/${course.slug}`);
  await expect(page.getByRole("link", { name: en.Course.openForum })).toHaveAttribute("href", `/discussions/${forum.id}`);
  await page.goto(`/learn/${course.slug}`);
  await expect(page.getByRole("link", { name: en.Reader.courseForum }).first()).toHaveAttribute("href", `/discussions/${forum.id}`);

  await page.goto("/settings");
  await hydrated(page);
  const notify = page.getByRole("checkbox", { name: en.SettingsForms.notifyOnReply });
  await expect(notify).toBeChecked();
  await notify.uncheck();
  await page.getByRole("button", { name: en.SettingsForms.saveNotifications }).click();
  await expect(page.getByRole("status", { name: en.UI.notifications })).toContainText(en.SettingsForms.notificationsSaved);
  expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).notifyOnReply).toBe(false);
});

test("deeper replies and older posts load on demand", async ({ signedInPage: page, user, make }) => {
  const teacher = await make.user({ role: "TEACHER" });
  const forum = await makeDiscussion({ createdById: teacher.id, title: unique("Busy forum") });
  // A chain four deep under the oldest post: the forum shows three levels.
  let parentId: number | undefined;
  for (const body of ["Level zero", "Level one", "Level two", "Level three"]) parentId = (await makeComment({ discussionId: forum.id, authorId: teacher.id, parentId, body })).id;
  for (let n = 1; n <= 10; n++) await makeComment({ discussionId: forum.id, authorId: user.id, body: `Newer post ${n}` });

  await page.goto(`/discussions/${forum.id}`);
  await expect(page.getByText("Newer post 10")).toBeVisible();
  await expect(page.getByText("Level zero")).toHaveCount(0);
  await hydrated(page);
  await page.getByRole("link", { name: en.Discussions.loadMore }).click();
  await expect(page.getByText("Level two")).toBeVisible();
  await expect(page.getByText("Level three")).toHaveCount(0);
  await hydrated(page);
  await page.getByRole("button", { name: fill(en.DiscussionForms.moreRepliesOne, { count: 1 }) }).click();
  const deepest = page.getByRole("article").filter({ hasText: "Level three" });
  await expect(deepest).toBeVisible();
  // The loaded reply works like the others.
  await deepest.getByRole("button", { name: en.DiscussionForms.like, exact: true }).click();
  await expect(deepest.getByText(fill(en.DiscussionForms.likesOne, { count: 1 }), { exact: true })).toBeVisible();
  await expect.poll(() => db.commentLike.count({ where: { userId: user.id } })).toBe(1);
});
