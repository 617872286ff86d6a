import { z } from "zod";
import { csvExportSpec } from "@/lib/api/csv-export";
import { route } from "@/lib/api/route-spec";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { defineRoutes } from "@/lib/api/routes";
import { createUser } from "@/lib/users/create-user";
import { csvResponse, wantsCsv } from "@/lib/shared/csv";
import { listUsers } from "@/lib/users/list-users";
import { ZCreateUserInput, ZUserListQuery } from "@/lib/users/schemas";
import { usersCsv } from "@/lib/users/users-csv";
import { ZUserView } from "@/lib/users/view-schemas";

const csv = csvExportSpec("user");

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users", {
  GET: route({
    summary: "List users (admins)",
    description:
      "Search by name, username or email (`q`), filter by `role` and `status` (`active`, `disabled`, `pending`: not yet activated), sort by `newest`, `oldest`, `name`, `email` or `role`, paginated. `format=csv` or `Accept: text/csv` exports every matching user as CSV.",
    tags: ["Users"],
    auth: "required",
    roles: ADMIN_ROLES,
    query: ZUserListQuery.extend({ format: csv.format }),
    data: z.object({ users: z.array(ZUserView) }),
    alsoAnswers: { "text/csv": csv.answer },
    paginated: true,
    handler: async ({ actor, query, req, locale }) => {
      const { format, ...filters } = query;
      if (wantsCsv(req, format)) return csvResponse(await usersCsv(actor, filters, locale));
      const { users, pagination } = await listUsers(actor, filters);
      return { message: { key: "usersListed" }, data: { users }, pagination };
    },
  }),
  POST: route({
    summary: "Create an active account of any role (admins)",
    tags: ["Users"],
    auth: "required",
    roles: ADMIN_ROLES,
    body: ZCreateUserInput,
    status: 201,
    data: z.object({ user: ZUserView }),
    errors: [409],
    handler: async ({ actor, body }) => ({ status: 201, message: { key: "userCreated" }, data: { user: await createUser(actor, body) } }),
  }),
});
