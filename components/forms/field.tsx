// A labelled form field, and its counterpart for a group of checkboxes or radios (a
// fieldset whose legend is the label). The render prop hands the control the ids that tie it to its
// label, hint and error, so every form gets htmlFor, aria-invalid and aria-describedby right.
import type { ComponentProps, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cx("block text-sm font-medium text-slate-900", className)} {...props} />;
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Keeps the label for screen readers only, where the context already says it. */
  hideLabel?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** The ids of a field's hint and error, and the aria-describedby that names them. */
function descriptions(id: string, hint: ReactNode, error: string | undefined) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function Hint({ id, children }: { id?: string; children: ReactNode }) {
  return children ? (
    <p id={id} className="text-sm text-slate-600">
      {children}
    </p>
  ) : null;
}

export function ErrorLine({ id, children }: { id?: string; children?: string }) {
  return children ? (
    <p id={id} className="text-sm font-medium text-red-700">
      {children}
    </p>
  ) : null;
}

export function Field({ id, label, hint, error, hideLabel = false, className, children }: FieldProps) {
  const { hintId, errorId, describedBy } = descriptions(id, hint, error);
  return (
    <div className={cx("space-y-1.5", className)}>
      <Label htmlFor={id} className={hideLabel ? "sr-only" : undefined}>
        {label}
      </Label>
      {children({ id, ...(error ? { "aria-invalid": true } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      <Hint id={hintId}>{hint}</Hint>
      <ErrorLine id={errorId}>{error}</ErrorLine>
    </div>
  );
}

type FieldGroupProps = Omit<FieldProps, "children"> & { children: ReactNode };

/** A fieldset of choices: the legend names the group, hint and error describe all of it. */
export function FieldGroup({ id, label, hint, error, hideLabel = false, className, children }: FieldGroupProps) {
  const { hintId, errorId, describedBy } = descriptions(id, hint, error);
  return (
    <fieldset id={id} aria-describedby={describedBy} className={cx("space-y-2", className)}>
      <legend className={cx("text-sm font-medium text-slate-900", hideLabel && "sr-only")}>{label}</legend>
      <Hint id={hintId}>{hint}</Hint>
      {children}
      <ErrorLine id={errorId}>{error}</ErrorLine>
    </fieldset>
  );
}
