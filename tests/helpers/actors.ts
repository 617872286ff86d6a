// The acting user that use cases take first, made from a user row.
import type { Actor } from "@/lib/auth/actor";

export const actorOf = (user: Actor): Actor => ({ id: user.id, role: user.role });
