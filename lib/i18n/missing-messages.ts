// What next-intl does with a missing key or a broken message: outside production the render
// fails (tests and e2e catch it); in production the visitor sees the key path, and the log
// gets the error.
import type { IntlError } from "next-intl";

const strict = process.env.NODE_ENV !== "production";

export function onMessageError(error: IntlError) {
  if (strict) throw error;
  console.error(error);
}

export function messageFallback({ namespace, key }: { namespace?: string; key: string }) {
  return [namespace, key].filter(Boolean).join(".");
}
