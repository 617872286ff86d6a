import { parseId, readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { deleteUser } from "@/lib/users/delete-user";
import { getUser } from "@/lib/users/get-user";
import { updateUser } from "@/lib/users/update-user";

type Params = { userId: string };

export const GET = withApi<Params>(
  async ({ params, actor }) => ({ message: "Successfully retrieved user data.", data: { user: await getUser(actor, parseId(params.userId, "userId")) } }),
  { auth: "required" },
);

const update = withApi<Params>(
  async ({ req, params, actor }) => {
    const user = await updateUser(actor, parseId(params.userId, "userId"), await readJson(req));
    return { message: "Successfully updated user data.", data: { user } };
  },
  { auth: "required" },
);
// PATCH is the contract's; PUT serves clients of the older seed-000 API the same way.
export { update as PATCH, update as PUT };

export const DELETE = withApi<Params>(
  async ({ params, actor }) => {
    await deleteUser(actor, parseId(params.userId, "userId"));
    return { message: "Successfully deleted a user account." };
  },
  { auth: "required" },
);
