"use client";
// An Input wired to react-hook-form inside a labelled Field.
import type { ComponentProps } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Props<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
} & Omit<ComponentProps<"input">, "name" | "form">;

export function TextField<T extends FieldValues>({ form, name, label, hint, ...input }: Props<T>) {
  const error = form.formState.errors[name]?.message;
  return (
    <Field id={`field-${name}`} label={label} hint={hint} error={typeof error === "string" ? error : undefined}>
      {(control) => <Input {...control} {...input} {...form.register(name)} />}
    </Field>
  );
}
