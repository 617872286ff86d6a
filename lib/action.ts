// The wrapper of every server action: the session's actor, the domain call, and a result
// that a react-hook-form form can show next to its fields. Rules stay in the domain.
import { headers } from "next/headers";
import type { Actor, MaybeActor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session";
import { AppError, type FieldError, fieldErrorsOf } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/client-ip";
import { z } from "zod";

export type ActionContext = { ip: string };

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: string; fieldErrors: Record<string, string> };

function toFailure(error: unknown): ActionResult<never> {
  const fields = (list: FieldError[]) => Object.fromEntries(list.filter((e) => e.field).map((e) => [e.field as string, e.message]));
  if (error instanceof AppError) return { ok: false, error: error.message, code: error.code, fieldErrors: fields(error.fieldErrors) };
  if (error instanceof z.ZodError) return { ok: false, error: "Please correct the highlighted fields.", code: "BAD_REQUEST", fieldErrors: fields(fieldErrorsOf(error)) };
  log.error({ err: error }, "unhandled error in server action");
  return { ok: false, error: "Something went wrong. Please try again.", code: "INTERNAL", fieldErrors: {} };
}

/** auth "required": a signed-in user or a failure result (the form then offers sign-in). */
export function action<I, T>(fn: (actor: Actor, input: I, ctx: ActionContext) => Promise<T>, opts: { auth: "required" }): (input: I) => Promise<ActionResult<T>>;
export function action<I, T>(fn: (actor: MaybeActor, input: I, ctx: ActionContext) => Promise<T>, opts?: { auth?: "optional" }): (input: I) => Promise<ActionResult<T>>;
export function action<I, T>(fn: (actor: Actor, input: I, ctx: ActionContext) => Promise<T>, opts: { auth?: "required" | "optional" } = {}) {
  return async (input: I): Promise<ActionResult<T>> => {
    try {
      const actor = await getSessionActor();
      if (!actor && opts.auth === "required") throw new AppError("UNAUTHORIZED", "Please sign in again.");
      return { ok: true, data: await fn(actor as Actor, input, { ip: clientIp(await headers()) }) };
    } catch (error) {
      return toFailure(error);
    }
  };
}
