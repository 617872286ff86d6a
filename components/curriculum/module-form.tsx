"use client";
// A module's title and description: the form that adds a module and the one that edits it.
import { useForm } from "react-hook-form";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";
import type { CreateModuleInput } from "@/lib/modules/schemas";

type Values = CreateModuleInput;
export type SaveModule = (values: Values) => Promise<ActionResult<unknown>>;

type ModuleFormProps = {
  /** Prefixes the fields' ids: several module forms share the page. */
  id: string;
  initial: { title: string; description: string };
  submitLabel: string;
  savedMessage: string;
  save: SaveModule;
  onDone?: () => void;
};

export function ModuleForm({ id, initial, submitLabel, savedMessage, save, onDone }: ModuleFormProps) {
  const t = useClientText("CurriculumForms");
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/modules/schemas").then((schemas) => schemas.ZCreateModuleInput)), defaultValues: initial });
  useUnsavedChanges(form.formState.isDirty, t("unsavedChanges"));

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await save({ title: values.title, description: values.description });
    if (!result.ok) return showActionErrors(form, result, ["title", "description"]);
    form.reset(onDone ? values : initial);
    toast(savedMessage);
    onDone?.();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError form={form} />
      <TextField form={form} name="title" id={`${id}-title`} label={t("moduleTitle")} />
      <TextareaField form={form} name="description" id={`${id}-description`} label={t("moduleDescription")} hint={t("moduleDescriptionHint")} rows={2} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onDone && (
          <Button variant="secondary" onClick={onDone}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
