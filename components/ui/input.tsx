import type { ComponentProps } from "react";
import { cx } from "./cx";

/** Classes shared by text inputs, selects and textareas. */
export const controlClasses = cx(
  "block w-full rounded-lg border border-input bg-white text-sm text-slate-900 shadow-xs transition-colors",
  "placeholder:text-slate-500",
  "focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-brand-600",
  "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500",
  "aria-invalid:border-red-600 aria-invalid:focus-visible:outline-red-600",
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cx(controlClasses, "h-10 px-3", className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cx(controlClasses, "px-3 py-2 leading-6", className)} {...props} />;
}
