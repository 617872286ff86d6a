"use client";
// The admins' "Issue certificate" form: the student by email and the course, validated with
// the domain's schema; the domain's refusals (no such student, not completed, already issued)
// land on the field or above the form.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { issueCertificateAction } from "@/app/admin/certificates/actions";
import { useClientText } from "@/components/i18n/client-text";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SelectField, type Option } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { IssueCertificateForm as Values } from "@/lib/certificates/schemas";

const resolver = lazyZodResolver(() => import("@/lib/certificates/schemas").then((schemas) => schemas.ZIssueCertificateForm));

export function IssueCertificateForm({ courses, issue }: { courses: readonly Option[]; issue: typeof issueCertificateAction }) {
  const t = useClientText("AdminCertificatesForm");
  const router = useRouter();
  const form = useForm<Values>({ resolver, defaultValues: { studentEmail: "", courseId: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await issue(values);
    if (!result.ok) return showActionErrors(form, result, ["studentEmail", "courseId"]);
    form.reset();
    toast(t("issued", { code: result.data.code, student: result.data.studentName }));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="studentEmail" id="issue-certificate-email" type="email" label={t("studentEmail")} autoComplete="off" />
        <SelectField form={form} name="courseId" id="issue-certificate-course" label={t("course")} options={courses} emptyOption={t("chooseCourse")} />
      </div>
      <Button type="submit" pending={form.formState.isSubmitting}>
        {t("issue")}
      </Button>
    </form>
  );
}
