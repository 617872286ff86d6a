"use client";
// What every content editor shares: one react-hook-form form checked with the schema the
// API uses for its type, a save that creates the content the first time and changes it
// afterwards, server errors on their fields, a toast with the result, and a warning before
// unsaved edits are lost. The inputs hold text (numbers as typed, a due date as wall-clock
// time); `toInput` turns them into the API's input, both for the check and for the save, so
// the two never disagree.
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { type DefaultValues, type FieldValues, useForm, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { saveContentAction } from "@/app/teach/courses/[courseId]/contents/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

/** The content an editor writes: `contentId` null until its first save creates it. */
export type ContentRef = { courseId: number; moduleId: number; contentId: number | null };
export type SaveContent = typeof saveContentAction;

/** What a type's editor gets from the page. */
export type ContentFormProps<V> = { contentRef: ContentRef; initial: V; save: SaveContent };

type UseContentFormOptions<V extends FieldValues> = ContentFormProps<V> & {
  /** The type's schema, e.g. `() => import("@/lib/contents/schemas").then((s) => s.ZLessonInput)`. */
  schema: () => Promise<z.ZodType>;
  toInput?: (values: V) => unknown;
};

/** Every path in the values ("questions", "questions.0.options", ...): where a server error may belong. */
function fieldPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(child, path)];
  });
}

export function useContentForm<V extends FieldValues>({ contentRef, initial, save, schema, toInput = (values) => values }: UseContentFormOptions<V>) {
  const t = useClientText("ContentForms");
  const router = useRouter();
  const [resolver] = useState(() =>
    lazyZodResolver(() => Promise.all([import("zod"), schema()]).then(([{ z }, loaded]) => z.preprocess((values) => toInput(values as V), loaded) as unknown as z.ZodType<V, V>)),
  );
  const form = useForm<V>({ resolver, defaultValues: initial as DefaultValues<V> });
  useUnsavedChanges(form.formState.isDirty, t("unsavedChanges"));

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await save({ ...contentRef, input: toInput(values) });
    if (!result.ok) return showActionErrors(form, result, fieldPaths(values));
    form.reset(values);
    if (contentRef.contentId) return void toast(t("saved"));
    toast(t("created"));
    router.replace(`/teach/courses/${contentRef.courseId}/contents/${result.data.id}`);
  });

  return { form, onSubmit, t };
}

/** A number field's text as the API's number: blank is absent, anything else is read as typed. */
export const numberOf = (text: string) => (text.trim() === "" ? undefined : Number(text));

type BasicValues = { title: string; description: string };

/** Title and description, the fields of every type. */
export function ContentBasics<V extends BasicValues>({ form }: { form: UseFormReturn<V> }) {
  const t = useClientText("ContentForms");
  const bound = form as unknown as UseFormReturn<BasicValues>;
  return (
    <>
      <TextField form={bound} name="title" label={t("title")} autoComplete="off" />
      <TextareaField form={bound} name="description" label={t("description")} hint={t("descriptionHint")} rows={2} />
    </>
  );
}

/** The form around a type's fields: its error line, and the save button with its pending state. */
export function ContentFormShell<V extends FieldValues>({ form, onSubmit, isNew, children }: { form: UseFormReturn<V>; onSubmit: () => void; isNew: boolean; children: ReactNode }) {
  const t = useClientText("ContentForms");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError form={form} />
      {children}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
        <Button type="submit" pending={form.formState.isSubmitting} disabled={!isNew && !form.formState.isDirty}>
          {isNew ? t("create") : t("save")}
        </Button>
        {!isNew && !form.formState.isDirty && <span className="text-sm text-slate-600">{t("allSaved")}</span>}
      </div>
    </form>
  );
}
