import { withApi } from "@/lib/api/with-api";
import { getUser } from "@/lib/users/get-user";

export const GET = withApi(
  async ({ actor }) => ({ message: "Successfully retrieved user data.", data: { user: await getUser(actor, actor.id) } }),
  { auth: "required" },
);
