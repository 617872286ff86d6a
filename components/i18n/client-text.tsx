"use client";
// Plain-text messages for client components, without next-intl's client runtime
// (lib/i18n/client-text.ts says why). The root layout provides the chrome's namespaces; a page
// adds its own with ScopedText; nested providers add to what the outer one gives.
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import { type ClientMessages, type ClientNamespace, fillPlaceholders } from "@/lib/i18n/client-text";
import type { Locale } from "@/lib/i18n/locales";

const ClientText = createContext<{ locale: Locale; messages: ClientMessages } | null>(null);

export function ClientTextProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  const outer = useContext(ClientText);
  return <ClientText.Provider value={{ locale, messages: { ...outer?.messages, ...messages } }}>{children}</ClientText.Provider>;
}

type Nested = { [key: string]: string | Nested };

/** The messages of one namespace: t("key"), t("group.key"), t("key", { name }). */
export function useClientText<N extends ClientNamespace>(namespace: N) {
  const context = useContext(ClientText);
  const messages = context?.messages[namespace] as Nested | undefined;
  if (!context || !messages) throw new Error(`Client text "${namespace}" is not on this page: wrap its client components in <ScopedText namespaces={["${namespace}"]}>`);
  return (key: MessageKeys<Messages[N], NestedKeyOf<Messages[N]>>, values?: Record<string, string | number>) => {
    const message = key.split(".").reduce<string | Nested | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
    return fillPlaceholders(typeof message === "string" ? message : key, context.locale, values);
  };
}

/** The page's locale, for client components. */
export function useClientLocale(): Locale {
  const context = useContext(ClientText);
  if (!context) throw new Error("ClientTextProvider is missing (app/layout.tsx mounts it)");
  return context.locale;
}
