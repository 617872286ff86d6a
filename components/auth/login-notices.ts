// What the sign-in page says for ?notice=<key>. A Map, so that keys such as "__proto__" or
// "constructor" find nothing rather than an inherited property of a plain object.
const notices = new Map([
  ["password-changed", "Your password was changed. Sign in with the new one."],
  ["signed-out-everywhere", "You have been signed out on every device."],
]);

export const loginNotice = (key: unknown): string | undefined => (typeof key === "string" ? notices.get(key) : undefined);
