// Checkboxes and radios: a single checkbox with its label beside it, and groups of either
// in a fieldset. "cards" draws each choice as a bordered tile (a role picker, a plan).
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { bindField, type FieldBinding, fieldId } from "./binding";
import { ErrorLine, FieldGroup } from "./field";

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };
type Look = "list" | "cards";

const boxClasses = "mt-0.5 size-4 shrink-0 accent-brand-600";
const looks: Record<Look, { group: string; item: string }> = {
  list: { group: "space-y-2", item: "flex items-start gap-2.5 text-sm text-slate-900" },
  cards: {
    group: "grid gap-3 sm:grid-cols-2",
    item: "flex cursor-pointer items-start gap-2.5 rounded-lg border border-slate-300 px-3 py-2.5 text-sm text-slate-900 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus",
  },
};

function ChoiceText({ label, hint }: Pick<Choice, "label" | "hint">) {
  return (
    <span className="min-w-0">
      <span className="block font-medium">{label}</span>
      {hint && <span className="block text-slate-600">{hint}</span>}
    </span>
  );
}

type CheckboxFieldProps<T extends FieldValues> = FieldBinding<T> & {
  label: ReactNode;
  hint?: ReactNode;
  id?: string;
  value?: string;
  defaultChecked?: boolean;
  disabled?: boolean;
  className?: string;
};

/** One checkbox ("I agree", "Published"); its error, if any, is read with its label. */
export function CheckboxField<T extends FieldValues>({ form, name, error, label, hint, id, className, ...input }: CheckboxFieldProps<T>) {
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  const inputId = fieldId(name, id);
  return (
    <div className={cx("space-y-1.5", className)}>
      <label htmlFor={inputId} className={looks.list.item}>
        <input
          type="checkbox"
          id={inputId}
          className={boxClasses}
          aria-invalid={bound.error ? true : undefined}
          aria-describedby={bound.error ? `${inputId}-error` : undefined}
          {...input}
          {...bound.registration}
        />
        <ChoiceText label={label} hint={hint} />
      </label>
      <ErrorLine id={`${inputId}-error`}>{bound.error}</ErrorLine>
    </div>
  );
}

type ChoiceGroupProps<T extends FieldValues> = FieldBinding<T> & {
  label: ReactNode;
  hint?: ReactNode;
  hideLabel?: boolean;
  id?: string;
  choices: readonly Choice[];
  /** Checked values when the form is not react-hook-form's (which keeps its own). */
  defaultValue?: string | readonly string[];
  look?: Look;
  className?: string;
};

function ChoiceGroup<T extends FieldValues>({ type, form, name, error, label, hint, hideLabel, id, choices, defaultValue, look = "list", className }: ChoiceGroupProps<T> & { type: "checkbox" | "radio" }) {
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  const groupId = fieldId(name, id);
  const checked = new Set(typeof defaultValue === "string" ? [defaultValue] : defaultValue);
  return (
    <FieldGroup id={groupId} label={label} hint={hint} hideLabel={hideLabel} error={bound.error} className={className}>
      <div className={looks[look].group}>
        {choices.map((choice) => (
          <label key={choice.value} className={looks[look].item}>
            <input
              type={type}
              value={choice.value}
              className={boxClasses}
              {...(form ? {} : { defaultChecked: checked.has(choice.value) })}
              {...bound.registration}
            />
            <ChoiceText label={choice.label} hint={choice.hint} />
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

/** Any number of choices; react-hook-form reads them as an array of the checked values. */
export function CheckboxGroup<T extends FieldValues>(props: ChoiceGroupProps<T>) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

/** Exactly one choice. */
export function RadioGroup<T extends FieldValues>(props: ChoiceGroupProps<T>) {
  return <ChoiceGroup {...props} type="radio" />;
}
