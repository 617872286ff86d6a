import type { ComponentProps } from "react";
import { cx } from "./cx";

/** The class shared by text inputs, selects and textareas (.form-control in app/globals.css). */
export const controlClasses = "form-control";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cx(controlClasses, "h-10 px-3", className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cx(controlClasses, "px-3 py-2 leading-6", className)} {...props} />;
}
