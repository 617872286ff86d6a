// The AppError a use case rejects with, so tests assert its status, message and field errors.
import { AppError } from "@/lib/errors";

/**
 * The AppError that the promise rejects with (or the function throws); null when it succeeds.
 * Any other error is rethrown: an unexpected exception is a 500, never an expected outcome.
 */
export async function fail(work: Promise<unknown> | (() => unknown)): Promise<AppError | null> {
  try {
    await (typeof work === "function" ? work() : work);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}
