// A native select inside a labelled Field; with react-hook-form or without.
import type { ComponentProps } from "react";
import type { FieldValues } from "react-hook-form";
import { Select } from "@/components/ui/select";
import { bindField, type FieldBinding, fieldId } from "./binding";
import { Field } from "./field";
import type { FieldTextProps } from "./text-field";

export type Option = { value: string; label: string };

type SelectFieldProps<T extends FieldValues> = FieldBinding<T> &
  FieldTextProps &
  Omit<ComponentProps<"select">, "name" | "form" | "id" | "className" | "children"> & {
    options: readonly Option[];
    /** A first option with the empty value, e.g. "All roles". */
    emptyOption?: string;
  };

export function SelectField<T extends FieldValues>({ form, name, error, label, hint, hideLabel, id, className, options, emptyOption, ...select }: SelectFieldProps<T>) {
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  return (
    <Field id={fieldId(name, id)} label={label} hint={hint} hideLabel={hideLabel} error={bound.error} className={className}>
      {(control) => (
        <Select {...control} {...select} {...bound.registration}>
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
