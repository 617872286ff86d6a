// One error type for every rule the domain layer enforces. Adapters map it to a status
// (API) or to a form error (server actions); anything else is an unexpected 500. An error
// names its message by catalog key, so each adapter words it in its reader's language
// (`wordError`); `.message` and `.fieldErrors` are the English text, for logs and callers
// that only need English.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { englishWording, type ErrorText, type Said, say, type ServerWording, wordingFor } from "@/lib/i18n/server-text";
import { portableIssues } from "@/lib/i18n/validation-text";

export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
/** A field error as answers carry it, worded. */
export type FieldError = { field?: string; message: string };
/** A field error as an AppError holds it, to be worded for each reader. */
export type FieldProblem = { field?: string; message: Said };
export type { ErrorText };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: Said;
  readonly problems: FieldProblem[];
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers: Record<string, string>;

  /** text: a catalog key with its values; literal text (tests, tools) stays the same in every language. */
  constructor(code: ErrorCode, text: ErrorText | string, opts: { fieldErrors?: FieldProblem[]; headers?: Record<string, string> } = {}) {
    super(say(englishWording, text));
    this.name = "AppError";
    this.code = code;
    this.text = text;
    this.problems = opts.fieldErrors ?? [];
    this.headers = opts.headers ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }

  /** Whether the error says this catalog message. */
  says(key: ErrorText["key"]): boolean {
    return typeof this.text === "object" && "key" in this.text && this.text.key === key;
  }

  /** The field errors in English. */
  get fieldErrors(): FieldError[] {
    return wordProblems(englishWording, this.problems);
  }
}

export const wordProblems = (wording: ServerWording, problems: FieldProblem[]): FieldError[] =>
  problems.map(({ field, message }) => ({ ...(field ? { field } : {}), message: say(wording, message) }));

/** An AppError's message and field errors in a locale. */
export async function wordError(error: AppError, locale: Locale): Promise<{ message: string; fieldErrors: FieldError[] }> {
  const wording = await wordingFor(locale);
  return { message: say(wording, error.text), fieldErrors: wordProblems(wording, error.problems) };
}

const notFoundKeys = { User: "userNotFound", Course: "courseNotFound" } as const;
export const notFound = (what: keyof typeof notFoundKeys) => new AppError("NOT_FOUND", { key: notFoundKeys[what] });

/** A zod failure as a 400 AppError with one entry per issue, which the adapter words in its
 *  reader's language. From `reportInput` parses zod's wording of the received type survives. */
export function validationError(error: z.ZodError): AppError {
  const fieldErrors = portableIssues(error.issues).map((issue) => ({
    ...(issue.path.length ? { field: issue.path.join(".") } : {}),
    message: issue,
  }));
  return new AppError("BAD_REQUEST", { key: "validationFailed" }, { fieldErrors });
}

/** Parses input with a schema; a failure becomes a 400 AppError with one entry per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** The promise's value, or null when it fails with one of these codes: for pages that show
 *  "not found" or "invalid filter" instead of an error page. Other failures pass through. */
export async function nullOn<T>(promise: Promise<T>, codes: ErrorCode[]): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && codes.includes(error.code)) return null;
    throw error;
  }
}
