import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openSubmissionFile } from "@/lib/grading/submission-file";
import { storage } from "@/lib/storage/storage";
import { makeAssignmentContent, makeAssignmentSubmission, makeCourse, makeModule, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

describe("a handed-in file", () => {
  it("opens for the student who handed it in, the course's teacher and admins; for anyone else it does not exist", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const course = await makeCourse({ teacherId: teacher.id });
    const outline = await makeModule({ courseId: course.id });
    const assignment = await makeAssignmentContent({ moduleId: outline.id });
    const student = await makeUser();
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, fileName: "Laporan akhir.pdf" });
    const key = `submissions/test-${randomUUID()}.pdf`;
    await storage().put(key, new TextEncoder().encode("%PDF-1.4 test"), "application/pdf");
    await db.completion.update({ where: { id: submission.id }, data: { submissionFileKey: key, submissionFileType: "application/pdf", submissionFileSize: 13 } });

    for (const reader of [student, teacher, await makeUser({ role: "ADMIN" })]) {
      const file = await openSubmissionFile(actorOf(reader), submission.id);
      expect({ name: file.fileName, type: file.contentType, size: file.size }).toEqual({ name: "Laporan akhir.pdf", type: "application/pdf", size: 13 });
      await file.stream.cancel();
    }
    for (const stranger of [await makeUser(), await makeUser({ role: "TEACHER" })]) {
      expect(await fail(openSubmissionFile(actorOf(stranger), submission.id))).toMatchObject({ status: 404, message: "Submission not found." });
    }
    await storage().delete(key);
  });
});
