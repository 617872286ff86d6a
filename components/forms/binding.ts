// Every field works two ways: inside a react-hook-form form (`form` + `name`: registered,
// its error read from the form) or as a plain uncontrolled control (`name`, and an `error`
// from wherever the page got one, e.g. a server action's result).
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

export type FieldBinding<T extends FieldValues> =
  | { form: UseFormReturn<T>; name: Path<T>; error?: undefined }
  | { form?: undefined; name: string; /** The message under the field. */ error?: string };

type Registration = { name: string; onChange?: (event: { target: unknown; type?: unknown }) => unknown; onBlur?: (event: { target: unknown; type?: unknown }) => unknown; ref?: (instance: HTMLElement | null) => void };

/** The props that connect a control to its form, and the field's error message. */
export function bindField<T extends FieldValues>(binding: FieldBinding<T>): { registration: Registration; error?: string } {
  if (!binding.form) return { registration: { name: binding.name }, error: binding.error };
  const { form, name } = binding;
  const message = form.getFieldState(name, form.formState).error?.message;
  return { registration: form.register(name), error: typeof message === "string" ? message : undefined };
}

/** The id a field's control gets unless the page gives one (needed when a name repeats on a page). */
export const fieldId = (name: string, id?: string) => id ?? `field-${name.replace(/[^\w-]/g, "-")}`;
