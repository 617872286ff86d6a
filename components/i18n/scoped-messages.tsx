// Gives the client components below it the namespaces they read, of the request's catalog
// only. The root layout's provider carries the header's and footer's alone (every page ships
// those); a page whose client components are translated (its forms) names their namespaces
// here, so no page ships the whole catalog or the other language.
import { type Messages, NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

export async function ScopedMessages({ namespaces, children }: { namespaces: readonly (keyof Messages)[]; children: ReactNode }) {
  const messages = await getMessages();
  const scoped = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={scoped}>{children}</NextIntlClientProvider>;
}
