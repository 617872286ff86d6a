import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { createCertificate } from "./create-certificate";
import { assertCanManageCertificates } from "./policy";
import { ZIssueCertificateForm } from "./schemas";

/** The "Issue certificate" form of the admin console: the student named by email, then createCertificate's rules. */
export async function createCertificateByEmail(actor: Actor, input: unknown, opts: { ip?: string } = {}) {
  assertCanManageCertificates(actor);
  const { studentEmail, courseId } = parseInput(ZIssueCertificateForm, input);
  const student = await db.user.findUnique({ where: { email: studentEmail }, select: { id: true } });
  if (!student) throw new AppError("NOT_FOUND", { key: "certificateStudentNotFound" }, { fieldErrors: [{ field: "studentEmail", message: { key: "certificateStudentNotFound" } }] });
  return createCertificate(actor, student.id, { courseId }, opts);
}
