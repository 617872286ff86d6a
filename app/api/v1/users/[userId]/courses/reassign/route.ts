import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { reassignCourses } from "@/lib/users/reassign-courses";
import { ZReassignCoursesInput } from "@/lib/users/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/courses/reassign", {
  POST: route({
    summary: "Give all of a user's courses to another teacher (admins)",
    description: "`teacherId` must be another active teacher or administrator (else 400 on that field). Afterwards a teacher's account can be deleted.",
    tags: ["Users"],
    auth: "required",
    roles: ADMIN_ROLES,
    params: z.object({ userId: ZPathId("userId") }),
    body: ZReassignCoursesInput,
    data: z.object({ courseIds: z.array(z.number().int()), teacherId: z.number().int() }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({ message: { key: "coursesReassigned" }, data: await reassignCourses(actor, params.userId, body) }),
  }),
});
