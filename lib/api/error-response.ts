// Any error thrown while answering an API request, as a status and an envelope. Rules throw
// AppError; zod failures are 400 with field errors; an unreachable database is 503 with
// Retry-After; anything else is a 500 that reveals nothing. Messages are worded in the
// request's language; statuses, codes and fields never depend on it.
import { z } from "zod";
import { AppError, type ErrorText, validationError, wordError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { type Envelope, errorBody } from "./envelope";

export type ErrorAnswer = { status: number; body: Envelope; headers: Record<string, string>; unexpected: boolean };

// Socket errors, and PostgreSQL's "cannot connect now" / "too many connections" / "admin shutdown" classes.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "57P01", "57P03", "53300", "08000", "08001", "08003", "08006"]);
const UNAVAILABLE_MESSAGES = /can't reach database|connection terminated|connection refused|timeout exceeded when trying to connect|database system is (starting up|shutting down)/i;

/** True when the error (or one it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

export const RETRY_AFTER_SECONDS = "5";

/** The error as the AppError its answer is made from, with whether it was unexpected. */
function known(error: unknown): { error: AppError; unexpected: boolean } {
  const plain = (code: ConstructorParameters<typeof AppError>[0], key: ErrorText["key"], headers?: Record<string, string>) => new AppError(code, { key }, { headers });
  if (error instanceof AppError) return { error, unexpected: false };
  if (error instanceof z.ZodError) return { error: validationError(error), unexpected: false };
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return { error: plain("CONFLICT", "recordExists"), unexpected: false };
    if (error.code === "P2025") return { error: plain("NOT_FOUND", "notFound"), unexpected: false };
  }
  if (isDatabaseUnavailable(error)) return { error: plain("SERVICE_UNAVAILABLE", "serviceUnavailable", { "Retry-After": RETRY_AFTER_SECONDS }), unexpected: true };
  return { error: plain("INTERNAL", "internal"), unexpected: true };
}

export async function errorResponse(error: unknown, locale: Locale): Promise<ErrorAnswer> {
  const answer = known(error);
  const { message, fieldErrors } = await wordError(answer.error, locale);
  return { status: answer.error.status, body: errorBody(answer.error.status, message, fieldErrors), headers: answer.error.headers, unexpected: answer.unexpected };
}
