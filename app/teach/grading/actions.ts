"use server";
// The grading form's save: a thin adapter over lib/grading.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { gradeSubmission } from "@/lib/grading/grade-submission";

type GradeActionInput = { courseId: number; completionId: number; input: unknown };

export const gradeSubmissionAction = action(
  async (actor, { courseId, completionId, input }: GradeActionInput) => {
    const submission = await gradeSubmission(actor, courseId, completionId, input as Record<string, unknown>);
    revalidatePath("/teach/grading", "layout");
    revalidatePath(`/teach/courses/${courseId}/students`);
    return { grade: submission.grade };
  },
  { auth: "required" },
);
