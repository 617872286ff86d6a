import type { Messages } from "next-intl";

// The namespaces client components read. Only these go to the browser, never the catalog.
export const CLIENT_NAMESPACES = ["Header", "Footer", "Error"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
