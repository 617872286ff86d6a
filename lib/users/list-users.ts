import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { UserOrderByWithRelationInput, UserWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertAdmin } from "./policy";
import { ZUserListQuery } from "./schemas";
import { toUserView, userSelect } from "./views";

const orderBy: Record<"newest" | "oldest" | "name", UserOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  name: [{ fullName: "asc" }, { id: "asc" }],
};

/** Admins list accounts, searched by name, username or email and filtered by role. */
export async function listUsers(actor: Actor, input: Record<string, unknown>) {
  assertAdmin(actor);
  const query = parseInput(ZUserListQuery, input);
  const where: UserWhereInput = {
    AND: [
      query.q
        ? {
            OR: [
              { fullName: { contains: query.q, mode: "insensitive" } },
              { email: { contains: query.q, mode: "insensitive" } },
              { username: { contains: query.q, mode: "insensitive" } },
            ],
          }
        : {},
      query.role ? { role: query.role } : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.user.findMany({ where, orderBy: orderBy[query.sort], select: userSelect, ...pageWindow(query) }),
    db.user.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toUserView), total, query);
  return { users: items, pagination };
}
