// The administrator's user tools: mailing a password-reset link and handing a teacher's
// courses to another teacher. Admins only; everyone else is refused with 403.
import { adminsOnly, type Row } from "./types";

export const usersAdminRows: Row[] = [
  { op: "POST /users/{userId}/password-reset", call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}/password-reset` }), expect: adminsOnly(200) },
  {
    op: "POST /users/{userId}/courses/reassign",
    fresh: true,
    call: (world) => ({ path: `/api/v1/users/${world.accounts.teacher.id}/courses/reassign`, data: { teacherId: world.accounts.otherTeacher.id } }),
    expect: adminsOnly(200),
  },
];
