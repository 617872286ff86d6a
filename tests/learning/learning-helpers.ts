// A published course with one module of the given contents, its teacher, and a student
// enrolled (In Progress unless told), for the learning tests.
import { db } from "@/lib/db";
import type { ContentSpec } from "../factories";
import { makeCourse, makeEnrollment, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";

export async function studyCourse(contents: ContentSpec[], opts: { status?: "IN_PROGRESS" | "UNPAID" | "CANCELLED" | "COMPLETED"; releaseDate?: Date } = {}) {
  const teacher = await makeUser({ role: "TEACHER" });
  const course = await makeCourse({ teacherId: teacher.id, releaseDate: opts.releaseDate, outline: [{ title: "Module", contents }] });
  const user = await makeUser();
  const enrollment = await makeEnrollment({ studentId: user.id, courseId: course.id, status: opts.status });
  if (opts.status === "CANCELLED") await db.enrollment.update({ where: { id: enrollment.id }, data: { live: null } });
  const rows = await db.content.findMany({
    where: { module: { courseId: course.id } },
    orderBy: { position: "asc" },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  const refOf = (index: number) => ({ courseId: course.id, moduleId: rows[index]!.moduleId, contentId: rows[index]!.id });
  return { teacher, course, student: actorOf(user), enrollment, contents: rows, refOf };
}

export const progressOf = async (enrollmentId: number) => {
  const row = await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { status: true, progressPercentage: true, certificate: { select: { id: true } } } });
  return { ...row, progressPercentage: Number(row.progressPercentage) };
};

export const quizSpec = (title = "Quiz"): ContentSpec => ({
  title,
  type: "QUIZ",
  questions: [
    { prompt: "2 + 2?", type: "SINGLE_CHOICE", points: 1, options: [{ text: "4", isCorrect: true }, { text: "5" }] },
    { prompt: "Primes?", type: "MULTIPLE_CHOICE", points: 3, options: [{ text: "2", isCorrect: true }, { text: "3", isCorrect: true }, { text: "4" }] },
  ],
});
