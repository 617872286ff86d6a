"use client";
// A course's details, for a new course and for an existing one: one react-hook-form form
// validated with the schema the API uses. A new course's slug follows its title until the
// author edits the slug; an existing course keeps its address unless changed on purpose.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { createCourseAction } from "@/app/teach/actions";
import type { updateCourseAction } from "@/app/teach/courses/[courseId]/actions";
import { useClientText } from "@/components/i18n/client-text";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { type Option, SelectField } from "@/components/forms/select-field";
import { DateTimeField, TextField } from "@/components/forms/text-field";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { MAX_PRICE_IDR, MAX_TITLE_LENGTH } from "@/lib/courses/course-limits";
import { MAX_SLUG_LENGTH, slugify } from "@/lib/courses/slug";
import { fromWallClock } from "./course-release-date";

/** The fields as their inputs hold them: text, with the release date as wall-clock time. */
export type CourseFormValues = { title: string; slug: string; categoryId: string; description: string; priceIDR: string; releaseDate: string };

const fields = ["title", "slug", "categoryId", "description", "priceIDR", "releaseDate"] as const;

type CourseFormProps = {
  initial: CourseFormValues;
  categories: readonly Option[];
  /** The zone the release date's wall-clock time is in, and the hint that names it. */
  timeZone: string;
  releaseDateHint: string;
} & ({ mode: "create"; create: typeof createCourseAction } | { mode: "edit"; courseId: number; update: typeof updateCourseAction });

// Both schemas hold the same fields (a new course needs its title). They read form text as
// well as JSON: the form checks its text with them and sends that text (not their parsed
// output), which the server parses with the same schema.
const loadSchema = (mode: "create" | "edit") => () =>
  import("@/lib/courses/schemas").then((schemas) => (mode === "create" ? schemas.ZCreateCourseInput : schemas.ZUpdateCourseInput) as unknown as z.ZodType<CourseFormValues, CourseFormValues>);

export function CourseForm(props: CourseFormProps) {
  const { initial, categories, timeZone, releaseDateHint } = props;
  const t = useClientText("CourseForm");
  const router = useRouter();
  const form = useForm<CourseFormValues>({ resolver: lazyZodResolver(loadSchema(props.mode)), defaultValues: initial });
  useUnsavedChanges(form.formState.isDirty && !form.formState.isSubmitSuccessful, t("unsaved"));
  // The slug last derived from the title: while the slug field still holds it, it follows the
  // title. An existing course's slug never follows (its address is in use).
  const derivedSlug = useRef<string | null>(props.mode === "create" ? initial.slug : null);
  const followTitle = (title: string) => {
    if (derivedSlug.current === null || form.getValues("slug") !== derivedSlug.current) return;
    derivedSlug.current = slugify(title);
    form.setValue("slug", derivedSlug.current, { shouldDirty: true });
  };

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const input = { ...values, releaseDate: fromWallClock(values.releaseDate, timeZone) };
    if (props.mode === "create") {
      const result = await props.create(input);
      if (!result.ok) return showActionErrors(form, result, fields);
      toast(t("created"));
      router.push(`/teach/courses/${result.data.id}`);
      return;
    }
    const result = await props.update({ courseId: props.courseId, changes: input });
    if (!result.ok) return showActionErrors(form, result, fields);
    form.reset({ ...values, title: result.data.title, slug: result.data.slug });
    toast(t("saved"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError form={form} />
      <TextField form={form} name="title" label={t("title")} maxLength={MAX_TITLE_LENGTH} autoComplete="off" onInput={(event) => followTitle(event.currentTarget.value)} />
      <TextField form={form} name="slug" label={t("slug")} hint={t("slugHint")} maxLength={MAX_SLUG_LENGTH} autoComplete="off" spellCheck={false} />
      <SelectField form={form} name="categoryId" label={t("category")} options={categories} emptyOption={t("noCategory")} />
      <MarkdownEditor
        form={form}
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        writeLabel={t("write")}
        previewLabel={t("preview")}
        emptyPreview={t("emptyPreview")}
        headingBase={3}
        rows={12}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField form={form} name="priceIDR" label={t("price")} hint={t("priceHint")} type="number" inputMode="numeric" min={0} max={MAX_PRICE_IDR} step={1} />
        <DateTimeField form={form} name="releaseDate" label={t("releaseDate")} hint={releaseDateHint} />
      </div>
      <Button type="submit" pending={form.formState.isSubmitting} disabled={props.mode === "edit" && !form.formState.isDirty}>
        {props.mode === "create" ? t("create") : t("save")}
      </Button>
    </form>
  );
}
