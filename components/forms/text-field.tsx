// Text inputs and textareas inside a labelled Field; with react-hook-form or without.
import type { ComponentProps, ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { Input, Textarea } from "@/components/ui/input";
import { bindField, type FieldBinding, fieldId } from "./binding";
import { Field } from "./field";

export type FieldTextProps = { label: ReactNode; hint?: ReactNode; hideLabel?: boolean; id?: string; className?: string };

type TextFieldProps<T extends FieldValues> = FieldBinding<T> & FieldTextProps & Omit<ComponentProps<"input">, "name" | "form" | "id" | "className">;

export function TextField<T extends FieldValues>({ form, name, error, label, hint, hideLabel, id, className, ...input }: TextFieldProps<T>) {
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  return (
    <Field id={fieldId(name, id)} label={label} hint={hint} hideLabel={hideLabel} error={bound.error} className={className}>
      {(control) => <Input {...control} {...input} {...bound.registration} />}
    </Field>
  );
}

type TextareaFieldProps<T extends FieldValues> = FieldBinding<T> & FieldTextProps & Omit<ComponentProps<"textarea">, "name" | "form" | "id" | "className">;

export function TextareaField<T extends FieldValues>({ form, name, error, label, hint, hideLabel, id, className, ...textarea }: TextareaFieldProps<T>) {
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  return (
    <Field id={fieldId(name, id)} label={label} hint={hint} hideLabel={hideLabel} error={bound.error} className={className}>
      {(control) => <Textarea {...control} {...textarea} {...bound.registration} />}
    </Field>
  );
}

type DateTimeFieldProps<T extends FieldValues> = TextFieldProps<T> & { type?: "datetime-local" | "date" | "time" };

/** The browser's own date and time picker. Its value is wall-clock time with no zone
 *  ("2026-03-12T09:30"): the page says which zone it means, and the server reads it so. */
export function DateTimeField<T extends FieldValues>({ type = "datetime-local", ...props }: DateTimeFieldProps<T>) {
  return <TextField<T> {...(props as TextFieldProps<T>)} type={type} />;
}
