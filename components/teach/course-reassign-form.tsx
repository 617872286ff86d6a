"use client";
// An admin gives the course to another teacher (the domain audits it).
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { updateCourseAction } from "@/app/teach/courses/[courseId]/actions";
import { useClientText } from "@/components/i18n/client-text";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { type Option, SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

type Values = { teacherId: string };

// The API's update schema, of which this form holds one field (as the select's text).
const loadSchema = () => import("@/lib/courses/schemas").then((schemas) => schemas.ZUpdateCourseInput.pick({ teacherId: true }) as unknown as z.ZodType<Values, Values>);

export function CourseReassignForm({ courseId, teacherId, teachers, update }: { courseId: number; teacherId: number; teachers: readonly Option[]; update: typeof updateCourseAction }) {
  const t = useClientText("CourseForm");
  const form = useForm<Values>({ resolver: lazyZodResolver(loadSchema), defaultValues: { teacherId: String(teacherId) } });

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await update({ courseId, changes: values });
    if (!result.ok) return showActionErrors(form, result, ["teacherId"]);
    form.reset(values);
    toast(t("reassignedToast"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError form={form} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField form={form} name="teacherId" label={t("teacher")} options={teachers} className="w-full sm:w-80" />
        <Button type="submit" variant="secondary" pending={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
          {t("reassign")}
        </Button>
      </div>
    </form>
  );
}
