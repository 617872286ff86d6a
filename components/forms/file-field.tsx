"use client";
// A file input with a preview of a chosen picture and the progress of its upload. The
// native "Choose file" button speaks the browser's language, not the page's, so the input
// is visually hidden and a translated button-styled label opens it.
import { type ChangeEvent, useEffect, useState } from "react";
import type { FieldValues } from "react-hook-form";
import { buttonClasses } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { bindField, type FieldBinding, fieldId } from "./binding";
import { Field } from "./field";
import type { FieldTextProps } from "./text-field";

type FileFieldProps<T extends FieldValues> = FieldBinding<T> &
  FieldTextProps & {
    accept?: string;
    disabled?: boolean;
    /** The translated texts: the button, the line shown before a file is chosen, the preview's alt. */
    chooseLabel: string;
    noFileLabel: string;
    previewAlt?: string;
    /** The picture already saved, shown until another is chosen. */
    currentUrl?: string | null;
    /** While the parent uploads: 0 to 1, or null when the size is unknown. */
    progress?: number | null;
    progressLabel?: string;
    onFileChange?: (file: File | null) => void;
  };

export function FileField<T extends FieldValues>(props: FileFieldProps<T>) {
  const { form, name, error, label, hint, hideLabel, id, className, accept, disabled, chooseLabel, noFileLabel, previewAlt = "", currentUrl, progress, progressLabel, onFileChange } = props;
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  const inputId = fieldId(name, id);
  const [chosen, setChosen] = useState<{ name: string; url: string | null } | null>(null);

  // A preview's object URL holds the file in memory until it is revoked.
  useEffect(() => () => void (chosen?.url && URL.revokeObjectURL(chosen.url)), [chosen]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    void bound.registration.onChange?.(event);
    const file = event.target.files?.[0] ?? null;
    setChosen(file ? { name: file.name, url: file.type.startsWith("image/") ? URL.createObjectURL(file) : null } : null);
    onFileChange?.(file);
  };

  const preview = chosen ? chosen.url : currentUrl;
  return (
    <Field id={inputId} label={label} hint={hint} hideLabel={hideLabel} error={bound.error} className={className}>
      {(control) => (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-4">
            {preview && (
              // eslint-disable-next-line @next/next/no-img-element -- a blob: preview or a stored upload; next/image adds nothing here
              <img src={preview} alt={previewAlt} className="size-20 rounded-lg object-cover ring-1 ring-slate-200" />
            )}
            <input {...control} {...bound.registration} onChange={onChange} type="file" accept={accept} disabled={disabled} className="peer sr-only" />
            <label
              htmlFor={inputId}
              className={buttonClasses({ variant: "secondary", size: "sm", className: "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus peer-disabled:cursor-not-allowed peer-disabled:opacity-50" })}
            >
              {chooseLabel}
            </label>
            <span className="min-w-0 truncate text-sm text-slate-700">{chosen?.name ?? noFileLabel}</span>
          </div>
          {progress !== undefined && (
            <ProgressBar
              value={progress}
              label={progressLabel ?? chooseLabel}
              valueText={progress === null ? undefined : `${Math.round(progress * 100)}%`}
              className="max-w-xs"
            />
          )}
        </div>
      )}
    </Field>
  );
}
