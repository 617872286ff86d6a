"use server";
// Server actions of the admins' enrolments list: thin adapters over lib/enrollments.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { deleteEnrollment, updateEnrollment } from "@/lib/enrollments/manage-enrollment";

type EnrollmentRef = { userId: number; enrollmentId: number };

export const updateEnrollmentAction = action(
  async (actor, { userId, enrollmentId, status }: EnrollmentRef & { status: string }, { ip }) => {
    const enrollment = await updateEnrollment(actor, userId, enrollmentId, { status }, { ip });
    revalidatePath("/admin/enrollments");
    return enrollment;
  },
  { auth: "required" },
);

export const deleteEnrollmentAction = action(
  async (actor, { userId, enrollmentId }: EnrollmentRef, { ip }) => {
    await deleteEnrollment(actor, userId, enrollmentId, { ip });
    revalidatePath("/admin/enrollments");
    return null;
  },
  { auth: "required" },
);
