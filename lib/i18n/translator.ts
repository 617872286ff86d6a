// Translators that live as long as the process. next-intl's getTranslations builds a new
// message cache and new Intl formatters on every request, which cost public pages about a
// quarter of their throughput (docs/benchmarks.md); a translator made once per locale and
// namespace keeps its compiled messages and formatters. Server code translates with these:
// server components through useT (sync) or getT (async), mails and API answers through
// translatorFor (a locale they already know). Importing next-intl/server keeps this module,
// and the two catalogs it holds, out of client bundles: the build fails if one imports it.
import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf, useLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import en from "@/messages/en.json" with { type: "json" };
import id from "@/messages/id.json" with { type: "json" };
import { type Locale, TIME_ZONES } from "./locales";
import { messageFallback, onMessageError } from "./missing-messages";

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type T<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;

const catalogs: Record<Locale, Messages> = { en, id };
const made = new Map<string, unknown>();

// next-intl keys its formatter caches by JSON.stringify of every argument, the whole formats
// object included, on each call: a page of course cards spent more time on those keys than on
// formatting. Plain-text results for plain values are the same every time, so they are kept
// (bounded: names in values make the set open-ended).
const REMEMBERED_MAX = 5000;
function remembered<N extends Namespace>(t: T<N>): T<N> {
  const results = new Map<string, string>();
  const plain = (values: object) => Object.values(values).every((v) => typeof v === "string" || typeof v === "number");
  const call = (key: string, values?: Record<string, unknown>, formats?: unknown): string => {
    const translate = t as unknown as (key: string, values?: unknown, formats?: unknown) => string;
    if (formats !== undefined || (values && !plain(values))) return translate(key, values, formats);
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let result = results.get(id);
    if (result === undefined) {
      result = translate(key, values);
      if (results.size >= REMEMBERED_MAX) results.clear();
      results.set(id, result);
    }
    return result;
  };
  return Object.assign(call, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as T<N>;
}

/** The translator of one namespace in one locale, made on first use. */
export function translatorFor<N extends Namespace>(locale: Locale, namespace: N): T<N> {
  const key = `${locale}:${namespace}`;
  const existing = made.get(key);
  if (existing) return existing as T<N>;
  const t = remembered(createTranslator<Messages, N>({
    locale,
    messages: catalogs[locale],
    namespace,
    // Shared by every request whatever its zone: messages take no dates, pages format them
    // with formatDate and the request's zone (components/format.ts).
    timeZone: TIME_ZONES[locale],
    onError: onMessageError,
    getMessageFallback: messageFallback,
  }));
  made.set(key, t);
  return t;
}

/** The translator of one namespace in the current request's locale, for async server components. */
export async function getT<N extends Namespace>(namespace: N): Promise<T<N>> {
  return translatorFor(await getLocale(), namespace);
}

/** The same for server components that are not async (no extra suspension point per card). */
export function useT<N extends Namespace>(namespace: N): T<N> {
  return translatorFor(useLocale(), namespace);
}
