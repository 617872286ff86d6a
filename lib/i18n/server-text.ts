// The words of server answers that no page renders: error messages and field errors, API
// envelope messages, zod issues. Domain code names them by catalog key (`ErrorText`,
// `ApiText`, schema keys from ./validation-text); adapters word them for a locale here.
// English is built synchronously from the bundled catalog, because an AppError's `.message`
// (logs, existing callers) is its English text from the moment it is made.
import { createTranslator, type Messages } from "next-intl";
import zodIndonesian from "zod/v4/locales/id.js";
import en from "@/messages/en.json" with { type: "json" };
import { type Locale, TIME_ZONES } from "./locales";
import { loadMessages } from "./messages";
import { messageFallback, onMessageError } from "./missing-messages";
import { type Namespace, type T, translatorFor } from "./translator";
import { type ValidationIssue, type ValidationWording, wordIssue } from "./validation-text";

export type ErrorKey = keyof (typeof en)["Errors"];
export type ApiKey = keyof (typeof en)["Api"];
export type TextValues = Record<string, string | number>;
export type ErrorText = { key: ErrorKey; values?: TextValues };
export type ApiText = { key: ApiKey; values?: TextValues };
/** What an error says: a catalog text, a zod issue, or literal text (tests, tools) that
 *  reads the same in every language. */
export type Said = ErrorText | ValidationIssue | string;

type Say<K extends string> = (key: K, values?: TextValues) => string;
export type ServerWording = { locale: Locale; errors: Say<ErrorKey>; api: Say<ApiKey>; validation: ValidationWording };

/** zod's own messages per locale; English is zod's default. */
const ZOD_LOCALES: Record<Locale, (() => { localeError: ValidationWording["localeError"] }) | null> = { en: null, id: zodIndonesian };

// next-intl types each key's values separately; these wordings take any key of a namespace.
const loosely = <K extends string>(t: unknown) => t as Say<K>;

/** An English translator that needs no await, from the catalog bundled with the server. */
export const englishIn = <N extends Namespace>(namespace: N): T<N> =>
  createTranslator<Messages, N>({ locale: "en", messages: en, namespace, timeZone: TIME_ZONES.en, onError: onMessageError, getMessageFallback: messageFallback });

export const englishWording: ServerWording = {
  locale: "en",
  errors: loosely(englishIn("Errors")),
  api: loosely(englishIn("Api")),
  validation: { messages: en.Validation, t: loosely(englishIn("Validation")) },
};

const made = new Map<Locale, Promise<ServerWording>>();

/** The wording of one locale, made once per process. */
export function wordingFor(locale: Locale): Promise<ServerWording> {
  if (locale === "en") return Promise.resolve(englishWording);
  let wording = made.get(locale);
  if (!wording) {
    wording = Promise.all([translatorFor(locale, "Errors"), translatorFor(locale, "Api"), translatorFor(locale, "Validation"), loadMessages(locale)]).then(
      ([errors, api, validation, messages]) => ({
        locale,
        errors: loosely(errors),
        api: loosely(api),
        validation: { messages: messages.Validation, t: loosely(validation), localeError: ZOD_LOCALES[locale]?.().localeError },
      }),
    );
    made.set(locale, wording);
  }
  return wording;
}

export function say(wording: ServerWording, said: Said): string {
  if (typeof said === "string") return said;
  if ("code" in said) return wordIssue(said, wording.validation);
  return wording.errors(said.key, said.values);
}
