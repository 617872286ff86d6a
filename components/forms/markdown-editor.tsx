"use client";
// A markdown textarea with a preview tab. The preview renders through the same sanitising
// Markdown component the pages use, so authors see what readers will; it loads the markdown
// renderer only when the preview is first opened.
import { lazy, Suspense, useRef, useState } from "react";
import type { FieldValues } from "react-hook-form";
import { Textarea } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs } from "@/components/ui/tabs";
import { bindField, type FieldBinding, fieldId } from "./binding";
import { Field } from "./field";

const Markdown = lazy(() => import("@/components/ui/markdown").then((module) => ({ default: module.Markdown })));

type MarkdownEditorProps<T extends FieldValues> = FieldBinding<T> & {
  /** A plain string: it also names the write/preview tab list. */
  label: string;
  hint?: string;
  id?: string;
  defaultValue?: string;
  rows?: number;
  placeholder?: string;
  /** The translated tab names and the line a preview of nothing shows. */
  writeLabel: string;
  previewLabel: string;
  emptyPreview: string;
  /** The level the text's top headings take where it is published (see Markdown). */
  headingBase?: 2 | 3;
  className?: string;
};

export function MarkdownEditor<T extends FieldValues>(props: MarkdownEditorProps<T>) {
  const { form, name, error, label, hint, id, defaultValue, rows = 10, placeholder, writeLabel, previewLabel, emptyPreview, headingBase, className } = props;
  const bound = bindField({ form, name, error } as FieldBinding<T>);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const { ref: register, ...registration } = bound.registration;

  return (
    <Field id={fieldId(name, id)} label={label} hint={hint} error={bound.error} className={className}>
      {(control) => (
        <Tabs
          label={label}
          onChange={(tab) => setPreview(tab === "preview" ? (textarea.current?.value ?? "") : null)}
          tabs={[
            {
              id: "write",
              label: writeLabel,
              panel: (
                <Textarea
                  {...control}
                  {...registration}
                  ref={(node) => {
                    textarea.current = node;
                    register?.(node);
                  }}
                  defaultValue={form ? undefined : defaultValue}
                  rows={rows}
                  placeholder={placeholder}
                  className="font-mono"
                />
              ),
            },
            {
              id: "preview",
              label: previewLabel,
              panel: (
                <div className="min-h-24 rounded-lg border border-slate-200 px-4 py-3">
                  {preview?.trim() ? (
                    <Suspense fallback={<Skeleton className="h-24" />}>
                      <Markdown headingBase={headingBase}>{preview}</Markdown>
                    </Suspense>
                  ) : (
                    <p className="text-sm text-slate-600">{emptyPreview}</p>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
    </Field>
  );
}
