import type { UserStatus } from "./schemas";

/** Which of the three states an account is in, as the list filters them. */
export const statusOf = (user: { disabled: boolean; activated: boolean }): UserStatus => (user.disabled ? "disabled" : user.activated ? "active" : "pending");
