// The administrator's user tools: the list's status filter and sorts, the CSV export, the
// password-reset email an admin sends, and handing a teacher's courses to another teacher.
import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/users/route";
import { apiLogin } from "@/lib/auth/api-sessions";
import { sha256 } from "@/lib/auth/crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { toCsv } from "@/lib/shared/csv";
import { deleteUser } from "@/lib/users/delete-user";
import { listUsers } from "@/lib/users/list-users";
import { reassignCourses } from "@/lib/users/reassign-courses";
import { sendPasswordReset } from "@/lib/users/send-password-reset";
import { updateUser } from "@/lib/users/update-user";
import { usersCsv } from "@/lib/users/users-csv";
import { makeCourse, makeUser, TEST_PASSWORD, unique, uniqueIp } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";
import { tokenIn, waitForMail } from "../mail-helpers";

const ids = (result: { users: { id: number }[] }) => result.users.map((user) => user.id);

/** Five accounts sharing a search word, made one after another (distinct join times). */
async function family() {
  const word = unique("Fam");
  const made = [];
  for (const [name, opts] of [
    ["Dewi", { role: "TEACHER" }],
    ["Bima", { activated: false }],
    ["Eka", { disabled: true }],
    ["Ayu", { role: "ADMIN" }],
    ["Citra", {}],
  ] as const) {
    made.push(await makeUser({ fullName: `${name} ${word}`, email: `${name.toLowerCase()}.${word.toLowerCase()}@example.test`, ...opts }));
  }
  const [dewi, bima, eka, ayu, citra] = made.map((user) => ({ id: user.id }));
  return { word, dewi: dewi!, bima: bima!, eka: eka!, ayu: ayu!, citra: citra! };
}

describe("listing users for admins", () => {
  it("filters by status: active, disabled, awaiting activation", async () => {
    const admin = actorOf(await makeUser({ role: "ADMIN" }));
    const { word, dewi, bima, eka, ayu, citra } = await family();
    const list = (status: string) => listUsers(admin, { q: word, status, sort: "name" });
    expect(ids(await list("active"))).toEqual([ayu.id, citra.id, dewi.id]);
    expect(ids(await list("disabled"))).toEqual([eka.id]);
    expect(ids(await list("pending"))).toEqual([bima.id]);
    expect((await fail(list("sleeping")))?.status).toBe(400);
  });

  it("sorts by newest, oldest, name, email and role", async () => {
    const admin = actorOf(await makeUser({ role: "ADMIN" }));
    const { word, dewi, bima, eka, ayu, citra } = await family();
    const list = async (sort: string) => ids(await listUsers(admin, { q: word, sort }));
    expect(await list("oldest")).toEqual([dewi.id, bima.id, eka.id, ayu.id, citra.id]);
    expect(await list("newest")).toEqual([citra.id, ayu.id, eka.id, bima.id, dewi.id]);
    expect(await list("name")).toEqual([ayu.id, bima.id, citra.id, dewi.id, eka.id]);
    expect(await list("email")).toEqual([ayu.id, bima.id, citra.id, dewi.id, eka.id]);
    // Students first, then teachers, then administrators; by name within a role.
    expect(await list("role")).toEqual([bima.id, citra.id, eka.id, dewi.id, ayu.id]);
  });
});

describe("the users CSV", () => {
  it("holds every matching user (not one page), quoted and with formulas defused, headers in the reader's language", async () => {
    const admin = actorOf(await makeUser({ role: "ADMIN" }));
    const word = unique("Csv");
    const plain = await makeUser({ fullName: `Siti, "Rahma" ${word}`, role: "TEACHER" });
    const formula = await makeUser({ fullName: `=HYPERLINK("x") ${word}`, activated: false });
    const { csv, fileName } = await usersCsv(admin, { q: word, sort: "oldest", limit: "1" }, "en", new Date("2026-11-24T10:00:00Z"));
    expect(fileName).toBe("users-2026-11-24.csv");
    const line = (user: typeof plain, name: string, role: string, status: string) =>
      [user.id, name, user.username, user.email, role, "Basic", status, user.createdAt.toISOString()].join(",");
    expect(csv).toBe(
      `\uFEFF${[
        "ID,Name,Username,Email,Role,Member level,Status,Joined (UTC)",
        line(plain, `"Siti, ""Rahma"" ${word}"`, "Teacher", "Active"),
        line(formula, `"'=HYPERLINK(""x"") ${word}"`, "Student", "Awaiting activation"),
      ].join("\r\n")}\r\n`,
    );
    const id = await usersCsv(admin, { q: word, status: "pending" }, "id");
    expect(id.csv.split("\r\n")[0]).toBe("\uFEFFID,Nama,Nama pengguna,Email,Peran,Tingkat keanggotaan,Status,Bergabung (UTC)");
    expect(id.csv).toContain(",Siswa,Dasar,Menunggu aktivasi,");
  });

  it("is what GET /api/v1/users answers for format=csv or Accept: text/csv, to admins only", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const teacher = await makeUser({ role: "TEACHER" });
    const word = unique("Api");
    const user = await makeUser({ fullName: `+cmd ${word}` });
    const call = async (who: typeof admin, query: string, accept = "application/json") => {
      const { accessToken } = await apiLogin({ email: who.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
      return listRoute(new Request(`http://localhost/api/v1/users?${query}`, { headers: { authorization: `Bearer ${accessToken}`, accept } }), { params: Promise.resolve({}) });
    };
    for (const response of [await call(admin, `q=${word}&format=csv`), await call(admin, `q=${word}`, "text/csv")]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="users-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect((await response.text()).split("\r\n")[1]).toBe(`${user.id},'+cmd ${word},${user.username},${user.email},Student,Basic,Active,${user.createdAt.toISOString()}`);
    }
    expect((await call(teacher, `q=${word}&format=csv`)).status).toBe(403);
  });

  it("uses the shared CSV writer", () => {
    expect(toCsv([["a,b", "@sum", 3, null]])).toBe("\uFEFF\"a,b\",'@sum,3,\r\n");
  });
});

describe("an admin sends a password-reset email", () => {
  it("mails the user a link in their language, stores only the token's hash, and audits it", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { locale: "id" } });
    expect(await sendPasswordReset(actorOf(admin), user.id)).toEqual({ email: user.email });
    const mail = await waitForMail(user.email, /kata sandi/i);
    expect(mail.subject).toBe("Atur ulang kata sandi Lumen LMS Anda");
    expect(mail.text).toContain(`${env().APP_URL}/reset-password?token=`);
    const token = tokenIn(mail);
    const stored = await db.oneTimeToken.findMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null }, select: { tokenHash: true } });
    expect(stored).toEqual([{ tokenHash: sha256(token) }]);
    const entries = await db.auditLog.findMany({ where: { entity: "User", entityId: user.id }, select: { actorId: true, action: true } });
    expect(entries).toEqual([{ actorId: admin.id, action: "user.password_reset_sent" }]);
  });

  it("is for admins only (403), about a user who exists (404) and is not disabled (409)", async () => {
    const [admin, teacher, user, disabled] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "TEACHER" }), makeUser(), makeUser({ disabled: true })]);
    expect((await fail(sendPasswordReset(actorOf(teacher), user.id)))?.status).toBe(403);
    expect((await fail(sendPasswordReset(actorOf(admin), 2_000_000_000)))?.status).toBe(404);
    const refused = await fail(sendPasswordReset(actorOf(admin), disabled.id));
    expect([refused?.status, refused?.says("resetDisabledUser")]).toEqual([409, true]);
    expect(await db.oneTimeToken.count({ where: { userId: { in: [user.id, disabled.id] } } })).toBe(0);
  });
});

describe("reassigning a teacher's courses", () => {
  it("moves exactly their courses to another teacher, audited, after which the teacher can be deleted", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const [leaving, taking, bystander] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "TEACHER" }), makeUser({ role: "TEACHER" })]);
    const first = await makeCourse({ teacherId: leaving.id });
    const second = await makeCourse({ teacherId: leaving.id, status: "DRAFT" });
    const other = await makeCourse({ teacherId: bystander.id });
    expect((await fail(deleteUser(actorOf(admin), leaving.id)))?.status).toBe(409);

    expect(await reassignCourses(actorOf(admin), leaving.id, { teacherId: String(taking.id) })).toEqual({ courseIds: [first.id, second.id], teacherId: taking.id });
    const owners = await db.course.findMany({ where: { id: { in: [first.id, second.id, other.id] } }, orderBy: { id: "asc" }, select: { id: true, teacherId: true } });
    expect(owners).toEqual([
      { id: first.id, teacherId: taking.id },
      { id: second.id, teacherId: taking.id },
      { id: other.id, teacherId: bystander.id },
    ]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "courses.reassign", entityId: leaving.id }, select: { actorId: true, entity: true, data: true } });
    expect(entry).toEqual({ actorId: admin.id, entity: "User", data: { courseIds: [first.id, second.id], teacherId: taking.id } });

    await deleteUser(actorOf(admin), leaving.id);
    expect(await db.user.findUnique({ where: { id: leaving.id } })).toBeNull();
  });

  it("refuses a target who cannot teach: a student, a disabled teacher, the same teacher (400 on teacherId); admins only", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const [leaving, student, disabled] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser(), makeUser({ role: "TEACHER", disabled: true })]);
    const course = await makeCourse({ teacherId: leaving.id });
    for (const teacherId of [student.id, disabled.id, leaving.id]) {
      const error = await fail(reassignCourses(actorOf(admin), leaving.id, { teacherId }));
      expect([error?.status, error?.problems]).toEqual([400, [{ field: "teacherId", message: { key: "teacherInvalid" } }]]);
    }
    const missing = await fail(reassignCourses(actorOf(admin), leaving.id, { teacherId: "" }));
    expect([missing?.status, missing?.fieldErrors.map((e) => e.field)]).toEqual([400, ["teacherId"]]);
    expect((await fail(reassignCourses(actorOf(leaving), leaving.id, { teacherId: admin.id })))?.status).toBe(403);
    expect((await fail(reassignCourses(actorOf(admin), 2_000_000_000, { teacherId: admin.id })))?.status).toBe(404);
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).teacherId).toBe(leaving.id);
  });
});

describe("changing a member level", () => {
  it("is audited with the levels before and after, like a role change", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const user = await makeUser();
    await updateUser(actorOf(admin), user.id, { memberLevel: "Premium" });
    await updateUser(actorOf(admin), user.id, { memberLevel: "Premium" });
    const entries = await db.auditLog.findMany({ where: { entity: "User", entityId: user.id }, select: { actorId: true, action: true, data: true } });
    expect(entries).toEqual([{ actorId: admin.id, action: "user.member_level_change", data: { from: "BASIC", to: "PREMIUM" } }]);
  });
});
