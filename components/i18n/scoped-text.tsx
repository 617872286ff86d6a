// Hands the client components below it the namespaces they read, of the request's catalog
// only: no page ships the whole catalog or the other language.
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { type ClientNamespace, pickNamespaces } from "@/lib/i18n/client-text";
import { ClientTextProvider } from "./client-text";

export async function ScopedText({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <ClientTextProvider locale={locale} messages={pickNamespaces(messages, namespaces)}>
      {children}
    </ClientTextProvider>
  );
}
