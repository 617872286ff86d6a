import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { UserOrderByWithRelationInput, UserWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertAdmin } from "./policy";
import { USER_SORTS, type UserStatus, ZUserListQuery } from "./schemas";
import { toUserView, userSelect } from "./views";

// Ties broken by id, so pages never repeat or skip a user. Roles sort student, teacher, admin.
const orderBy: Record<(typeof USER_SORTS)[number], UserOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  name: [{ fullName: "asc" }, { id: "asc" }],
  email: [{ email: "asc" }, { id: "asc" }],
  role: [{ role: "asc" }, { fullName: "asc" }, { id: "asc" }],
};

const statusWhere: Record<UserStatus, UserWhereInput> = {
  active: { disabledAt: null, activatedAt: { not: null } },
  disabled: { disabledAt: { not: null } },
  pending: { disabledAt: null, activatedAt: null },
};

function usersWhere(query: ReturnType<typeof ZUserListQuery.parse>): UserWhereInput {
  return {
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
      query.status ? statusWhere[query.status] : {},
    ],
  };
}

/** Admins list accounts, searched by name, username or email, filtered by role and status. */
export async function listUsers(actor: Actor, input: Record<string, unknown>) {
  assertAdmin(actor);
  const query = parseInput(ZUserListQuery, input);
  const where = usersWhere(query);
  const [rows, total] = await db.$transaction([
    db.user.findMany({ where, orderBy: orderBy[query.sort], select: userSelect, ...pageWindow(query) }),
    db.user.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toUserView), total, query);
  return { users: items, pagination };
}

/** Every account the same search, filters and sort find, without pages: for the CSV export. */
export async function allUsers(actor: Actor, input: Record<string, unknown>) {
  assertAdmin(actor);
  const query = parseInput(ZUserListQuery, input);
  const rows = await db.user.findMany({ where: usersWhere(query), orderBy: orderBy[query.sort], select: userSelect });
  return rows.map(toUserView);
}
