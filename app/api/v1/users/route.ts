import { readJson, searchParamsOf } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = withApi(
  async ({ req, actor }) => {
    const { users, pagination } = await listUsers(actor, searchParamsOf(req));
    return { message: "Successfully retrieved all user data.", data: { users }, pagination };
  },
  { auth: "required" },
);

export const POST = withApi(
  async ({ req, actor }) => {
    const user = await createUser(actor, await readJson(req));
    return { status: 201, message: "Successfully created a new user account.", data: { user } };
  },
  { auth: "required" },
);
