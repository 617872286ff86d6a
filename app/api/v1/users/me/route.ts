import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { getUser } from "@/lib/users/get-user";
import { ZUserView } from "@/lib/users/view-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/me", {
  GET: route({
    summary: "The signed-in user",
    tags: ["Users"],
    auth: "required",
    data: z.object({ user: ZUserView }),
    handler: async ({ actor }) => ({ message: { key: "userRetrieved" }, data: { user: await getUser(actor, actor.id) } }),
  }),
});
