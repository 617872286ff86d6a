// Who is signed in, as the browser learns it: nobody when the session hint cookie is absent
// (no request at all), otherwise the user from NextAuth's /api/auth/session, fetched with
// plain fetch so next-auth/react stays out of the public pages' bundle. The server render
// knows nothing ("checking"), which keeps public pages the same for every visitor.
import { useSyncExternalStore } from "react";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import type { SessionUser } from "./session-user";

/** undefined while checking, null for a visitor, else the signed-in user. */
export type SessionState = SessionUser | null | undefined;

let state: SessionState;
let checking: Promise<void> | undefined;
const listeners = new Set<() => void>();

const hasHint = () => document.cookie.split("; ").some((pair) => pair.startsWith(`${SESSION_HINT_COOKIE}=`));
const clearHint = () => (document.cookie = `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`);

function set(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

/** The signed-in user, null when the server says there is none; throws when it gave no answer. */
async function fetchUser(): Promise<SessionUser | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  if (!response.ok) throw new Error(`The session check answered ${response.status}.`);
  const body = (await response.json()) as { user?: { name?: string; image?: string | null; role?: SessionUser["role"] } };
  if (!body.user?.role) return null;
  return { name: body.user.name ?? "", image: body.user.image ?? null, role: body.user.role };
}

/** Reconciles with the hint cookie; called on load and after every navigation (sign-in changes it). */
export function recheckSession() {
  if (!hasHint()) {
    if (state !== null) set(null);
    return;
  }
  if (state || checking) return;
  if (state === null) set(undefined);
  checking = fetchUser()
    .then((user) => {
      // A hint that outlived its session (expired, signed out elsewhere) is dropped.
      if (!user) clearHint();
      set(user);
    })
    // No answer (offline, or the request was cut off by a navigation) says nothing about the
    // session: keep the hint, so the next page asks again.
    .catch(() => set(null))
    .finally(() => (checking = undefined));
}

/** Forgets the user at once (sign-out), before the page reloads. */
export function forgetSession() {
  clearHint();
  set(null);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  recheckSession();
  return () => listeners.delete(listener);
}

export function useSessionUser(): SessionState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => undefined,
  );
}
