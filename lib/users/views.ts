// The user as pages and the API show it: never a password hash or token.
import type { UserSelect } from "@/lib/generated/prisma/models";
import type { MemberLevel, Role } from "@/lib/generated/prisma/enums";
import { memberLevelLabels, roleLabels } from "@/lib/shared/labels";

export const userSelect = {
  id: true,
  email: true,
  username: true,
  fullName: true,
  role: true,
  memberLevel: true,
  avatarUrl: true,
  activatedAt: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
  notifyOnReply: true,
} satisfies UserSelect;

type UserRow = {
  id: number;
  email: string;
  username: string;
  fullName: string;
  role: Role;
  memberLevel: MemberLevel;
  avatarUrl: string | null;
  activatedAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  notifyOnReply: boolean;
};

export function toUserView(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    fullName: user.fullName,
    role: roleLabels.label(user.role),
    memberLevel: memberLevelLabels.label(user.memberLevel),
    avatarUrl: user.avatarUrl,
    activated: user.activatedAt !== null,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    notifyOnReply: user.notifyOnReply,
  };
}

export type UserView = ReturnType<typeof toUserView>;
