"use client";
// One form for adding a category and for renaming or describing one, validated with the
// schema the API uses; the server's answer (a name taken in another case) lands on its field.
import { useForm } from "react-hook-form";
import type { createCategoryAction, updateCategoryAction } from "@/app/admin/categories/actions";
import { useClientText } from "@/components/i18n/client-text";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { MAX_CATEGORY_DESCRIPTION } from "@/lib/categories/limits";
import type { CreateCategoryInput } from "@/lib/categories/schemas";

type CategoryFormProps =
  | { mode: "create"; save: typeof createCategoryAction }
  | { mode: "edit"; category: { id: number; name: string; description: string }; save: typeof updateCategoryAction };

const resolver = lazyZodResolver(() => import("@/lib/categories/schemas").then((schemas) => schemas.ZCreateCategoryInput));

export function CategoryForm(props: CategoryFormProps) {
  const t = useClientText("AdminCategoriesForms");
  const initial = props.mode === "edit" ? { name: props.category.name, description: props.category.description } : { name: "", description: "" };
  const form = useForm<CreateCategoryInput>({ resolver, defaultValues: initial });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = props.mode === "create" ? await props.save(values) : await props.save({ categoryId: props.category.id, values });
    if (!result.ok) return showActionErrors(form, result, ["name", "description"]);
    const { name, description } = result.data;
    form.reset(props.mode === "create" ? { name: "", description: "" } : { name, description });
    toast(t(props.mode === "create" ? "created" : "saved", { name }));
  });

  const idPrefix = `category-${props.mode}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="name" id={`${idPrefix}-name`} label={t("name")} autoComplete="off" />
      <TextareaField
        form={form}
        name="description"
        id={`${idPrefix}-description`}
        label={t("description")}
        hint={t("descriptionHint", { maximum: MAX_CATEGORY_DESCRIPTION })}
        rows={3}
      />
      <Button type="submit" pending={form.formState.isSubmitting} disabled={props.mode === "edit" && !form.formState.isDirty}>
        {t(props.mode === "create" ? "create" : "save")}
      </Button>
    </form>
  );
}
