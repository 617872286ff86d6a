import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { deleteUser } from "@/lib/users/delete-user";
import { getUser } from "@/lib/users/get-user";
import { ZAdminUpdateUserInput } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";
import { ZUserView } from "@/lib/users/view-schemas";

const params = z.object({ userId: ZPathId("userId") });

const update = route({
  summary: "Update a user",
  description:
    "Owners change their profile (a new email needs `currentPassword`); admins also change role, member level and `disabled`. A role change or disabling ends the user's sessions.",
  tags: ["Users"],
  auth: "required",
  params,
  body: ZAdminUpdateUserInput,
  data: z.object({ user: ZUserView }),
  errors: [404, 409],
  handler: async ({ actor, params, body, ip }) => ({ message: { key: "userUpdated" }, data: { user: await updateUser(actor, params.userId, body, { ip }) } }),
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}", {
  GET: route({
    summary: "Get a user (self or admins)",
    tags: ["Users"],
    auth: "required",
    params,
    data: z.object({ user: ZUserView }),
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "userRetrieved" }, data: { user: await getUser(actor, params.userId) } }),
  }),
  // PATCH is the contract's; PUT serves clients of the older seed-000 API the same way.
  PATCH: update,
  PUT: update,
  DELETE: route({
    summary: "Delete a user (self or admins)",
    description: "409 while a teacher still owns courses, and for the last administrator.",
    tags: ["Users"],
    auth: "required",
    params,
    data: ZNoData,
    errors: [404, 409],
    handler: async ({ actor, params }) => {
      await deleteUser(actor, params.userId);
      return { message: { key: "userDeleted" } };
    },
  }),
});
