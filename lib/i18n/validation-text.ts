// Zod messages in either language, on the server and in the browser alike. A schema names
// its own messages by a key of the "Validation" catalog (`msg("emailInvalid")`); every other
// issue carries zod's default English text and is re-worded by zod's locale for the target
// language. Values such as {minimum} or {field} come from the issue itself, so a schema
// never formats text.
import { z } from "zod";
import type en from "@/messages/en.json";

export type ValidationKey = keyof (typeof en)["Validation"];

/** A schema's message: the catalog key, checked against the English catalog. */
export const msg = (key: ValidationKey): string => key;

/** A zod issue that can be worded in any language later: `standard` marks zod's own default
 *  message; the input is dropped (it may be a password) except a same-typed stand-in where
 *  zod's wording names the type it received. */
export type ValidationIssue = z.core.$ZodIssue & { standard: boolean };

export type ValidationWording = {
  /** The locale's "Validation" catalog, to tell keys from literal text. */
  messages: Readonly<Record<string, string>>;
  t: (key: ValidationKey, values: Record<string, string | number>) => string;
  /** zod's default messages in the locale; absent for English, which zod already speaks. */
  localeError?: (issue: z.core.$ZodRawIssue) => unknown;
};

/** zod's English default for an issue, to tell it from a schema's own message. */
const englishDefault = (issue: z.core.$ZodRawIssue) => z.config().localeError?.(issue);

const standIn = (input: unknown) => (typeof input === "string" ? "" : Array.isArray(input) ? [] : input);

/** Issues from a safeParse made with `reportInput: true`, ready to be worded later. */
export function portableIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const { input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
    const standard = issue.message === englishDefault(issue as z.core.$ZodRawIssue);
    return { ...rest, ...(issue.code === "invalid_type" ? { input: standIn(input) } : {}), standard } as ValidationIssue;
  });
}

function valuesOf(issue: ValidationIssue): Record<string, string | number> {
  const found: Record<string, unknown> = { field: String(issue.path.at(-1) ?? "") };
  if ("minimum" in issue) found.minimum = issue.minimum;
  if ("maximum" in issue) found.maximum = issue.maximum;
  if ("values" in issue) found.options = issue.values.join(", ");
  if ("params" in issue && issue.params) Object.assign(found, issue.params);
  return Object.fromEntries(Object.entries(found).map(([name, value]) => [name, typeof value === "number" ? value : String(value)]));
}

export function wordIssue(issue: ValidationIssue, wording: ValidationWording): string {
  if (Object.hasOwn(wording.messages, issue.message)) return wording.t(issue.message as ValidationKey, valuesOf(issue));
  if (issue.standard && wording.localeError) {
    const worded = wording.localeError(issue as unknown as z.core.$ZodRawIssue);
    if (typeof worded === "string") return worded;
  }
  return issue.message;
}
