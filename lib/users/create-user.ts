import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors";
import { createAccount } from "./create-account";
import { assertAdmin } from "./policy";
import { ZCreateUserInput } from "./schemas";

/** Admins create accounts of any role, active at once: the admin vouches for them. */
export async function createUser(actor: Actor, input: unknown) {
  assertAdmin(actor);
  const data = parseInput(ZCreateUserInput, input);
  const { user } = await createAccount({ ...data, activated: true }, { actorId: actor.id, action: "user.create" }, async () => null);
  return user;
}
