import type { Messages } from "next-intl";

// The namespaces client components read, as plain text (components/i18n/client-text.tsx):
// the chrome's on every page (header, footer, error page), the others on the pages that hand
// them over with ScopedText. next-intl's client runtime and ICU formatter would add ≈ 12 KB
// gzip to every page, so these messages keep to plain text and `{name}` placeholders;
// tests/i18n/catalogs.test.ts holds them to it.
export const CHROME_NAMESPACES = ["Header", "Footer", "Error"] as const satisfies readonly (keyof Messages)[];
export const CLIENT_NAMESPACES = [
  ...CHROME_NAMESPACES,
  "AuthForms",
  "SettingsForms",
  "AdminCategoriesForms",
  "CourseForm",
  "ContentFile",
  "CurriculumForms",
  "ContentForms",
  "LearnForms",
  "GradingForm",
  "Enrol",
  "AdminCertificatesForm",
] as const satisfies readonly (keyof Messages)[];

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
export type ClientMessages = Partial<Pick<Messages, ClientNamespace>>;

export function pickNamespaces(messages: Messages, namespaces: readonly ClientNamespace[]): ClientMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}

/** A message with its `{name}` placeholders filled in (numbers in the locale's digits). */
export function fillPlaceholders(message: string, locale: string, values?: Record<string, string | number>): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
