import type { BadgeTone } from "@/components/ui/badge";
import type { UserStatus } from "@/lib/users/schemas";

export const statusTones: Record<UserStatus, BadgeTone> = { active: "success", disabled: "danger", pending: "warning" };
export const roleTone = (role: string): BadgeTone => (role === "Admin" ? "brand" : "neutral");
