// One error type for every rule the domain layer enforces. Adapters map it to a status
// (API) or to a form error (server actions); anything else is an unexpected 500.
import { z } from "zod";

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
export type FieldError = { field?: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, opts: { fieldErrors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors ?? [];
    this.headers = opts.headers ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found.`);

export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    ...(issue.path.length ? { field: issue.path.join(".") } : {}),
    message: issue.message,
  }));
}

/** Parses input with a schema; a failure becomes a 400 AppError with one entry per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("BAD_REQUEST", "Validation failed.", { fieldErrors: fieldErrorsOf(result.error) });
  }
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
