import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { defineRoutes } from "@/lib/api/routes";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { ZCreateUserInput, ZUserListQuery } from "@/lib/users/schemas";
import { ZUserView } from "@/lib/users/view-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users", {
  GET: route({
    summary: "List users (admins)",
    tags: ["Users"],
    auth: "required",
    roles: ADMIN_ROLES,
    query: ZUserListQuery,
    data: z.object({ users: z.array(ZUserView) }),
    paginated: true,
    handler: async ({ actor, query }) => {
      const { users, pagination } = await listUsers(actor, query);
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
