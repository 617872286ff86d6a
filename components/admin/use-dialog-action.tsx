"use client";
// A server action run from a ConfirmDialog: on failure its message shows inside the dialog,
// which stays open (onConfirm returning false); on success `done` gets the action's data.
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import type { ActionResult } from "@/lib/action";

export function useDialogAction() {
  const [error, setError] = useState<string>();
  const run = async <T,>(call: () => Promise<ActionResult<T>>, done: (data: T) => void) => {
    setError(undefined);
    const result = await call();
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    done(result.data);
  };
  return { run, alert: error ? <FormAlert className="mt-4">{error}</FormAlert> : null };
}
