import type { ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { cx } from "@/components/ui/cx";

type Tone = "error" | "success" | "info";
const tones: Record<Tone, string> = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-brand-200 bg-brand-50 text-brand-900",
};

/** A message about the whole form; errors are announced to screen readers at once. */
export function FormAlert({ tone = "error", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cx("rounded-lg border px-4 py-3 text-sm", tones[tone], className)}>
      {children}
    </div>
  );
}

/** The form-level error a server action left on a react-hook-form form (showActionErrors). */
export function FormError<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const message = form.formState.errors.root?.message;
  return message ? <FormAlert>{message}</FormAlert> : null;
}
