// Who is acting: a signed-in user (from a web session or an API bearer token) or nobody.
import type { Role } from "@/lib/generated/prisma/enums";

export type Actor = { id: number; role: Role };
export type MaybeActor = Actor | null;
