// Puts a server action's failure on the form: field errors next to their fields, the rest
// in the form's alert.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action";

export function showActionErrors<T extends FieldValues>(form: UseFormReturn<T>, result: Extract<ActionResult<unknown>, { ok: false }>, fields: readonly string[]) {
  let placed = false;
  for (const [field, message] of Object.entries(result.fieldErrors)) {
    if (fields.includes(field)) {
      form.setError(field as Path<T>, { message });
      placed = true;
    }
  }
  if (!placed) form.setError("root", { message: result.error });
}
