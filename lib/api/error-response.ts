// Any error thrown while answering an API request, as a status and an envelope. Rules throw
// AppError; zod failures are 400 with field errors; an unreachable database is 503 with
// Retry-After; anything else is a 500 that reveals nothing.
import { z } from "zod";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
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

export function errorResponse(error: unknown): ErrorAnswer {
  if (error instanceof AppError) {
    return { status: error.status, body: errorBody(error.status, error.message, error.fieldErrors), headers: error.headers, unexpected: false };
  }
  if (error instanceof z.ZodError) {
    return { status: 400, body: errorBody(400, "Validation failed.", fieldErrorsOf(error)), headers: {}, unexpected: false };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return { status: 409, body: errorBody(409, "A record with these values already exists."), headers: {}, unexpected: false };
    if (error.code === "P2025") return { status: 404, body: errorBody(404, "Not found."), headers: {}, unexpected: false };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: errorBody(503, "The service is temporarily unavailable. Please try again shortly."),
      headers: { "Retry-After": RETRY_AFTER_SECONDS },
      unexpected: true,
    };
  }
  return { status: 500, body: errorBody(500, "Internal server error."), headers: {}, unexpected: true };
}
