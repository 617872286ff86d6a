// Which notice the sign-in page shows for ?notice=<key>, named by its key in Auth.notices. A
// Map, so that keys such as "__proto__" or "constructor" find nothing rather than an
// inherited property of a plain object.
export type LoginNotice = "passwordChanged" | "signedOutEverywhere";

const notices = new Map<string, LoginNotice>([
  ["password-changed", "passwordChanged"],
  ["signed-out-everywhere", "signedOutEverywhere"],
]);

export const loginNotice = (key: unknown): LoginNotice | undefined => (typeof key === "string" ? notices.get(key) : undefined);
