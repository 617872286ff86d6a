"use client";
// Handing in an assignment: a written answer, a link and/or a file, as the teacher allows.
// Sent as one multipart form to the reader's submission route (a 50 MB file must stream, which
// server actions cannot); the text and link are checked first with the API's own schema. The
// saved submission is shown by the page; "Edit submission" reopens the form until it is graded.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useClientText } from "@/components/i18n/client-text";
import { FileField } from "@/components/forms/file-field";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";
import { MAX_SUBMISSION_FILE_BYTES, SUBMISSION_FILE_ACCEPT, SUBMISSION_FILE_FIELD } from "@/lib/learning/submission-files-limits";

type Values = { text?: string; url?: string };

type AssignmentFormProps = {
  endpoint: string;
  kinds: readonly string[];
  /** The saved submission, if any: the form starts closed and filled with it. */
  saved: { text: string | null; url: string | null; fileName: string | null } | null;
};

const megabytes = MAX_SUBMISSION_FILE_BYTES / (1024 * 1024);
const resolver = lazyZodResolver(() => import("@/lib/learning/schemas").then((schemas) => schemas.ZSubmissionInput));

export function AssignmentForm({ endpoint, kinds, saved }: AssignmentFormProps) {
  const t = useClientText("LearnForms");
  const router = useRouter();
  const [open, setOpen] = useState(saved === null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const form = useForm<Values>({ resolver, defaultValues: { text: saved?.text ?? "", url: saved?.url ?? "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    if (file && file.size > MAX_SUBMISSION_FILE_BYTES) return setFileError(t("tooLarge", { megabytes }));
    const body = new FormData();
    if (kinds.includes("Text")) body.set("text", values.text ?? "");
    if (kinds.includes("URL")) body.set("url", values.url ?? "");
    if (file) body.set(SUBMISSION_FILE_FIELD, file);
    const response = await fetch(endpoint, { method: "POST", body }).catch(() => null);
    const result = (await response?.json().catch(() => null)) as ActionResult<unknown> | null;
    if (!result) return form.setError("root", { message: t("failed") });
    if (!result.ok) {
      const { file: fileMessage, text, url } = result.fieldErrors;
      if (text) form.setError("text", { message: text });
      if (url) form.setError("url", { message: url });
      if (fileMessage) setFileError(fileMessage);
      if (!text && !url && !fileMessage) form.setError("root", { message: result.error });
      return;
    }
    toast(t("submitted"));
    setOpen(false);
    setFile(null);
    router.refresh();
  });

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("editSubmission")}
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("answerLabel")} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <FormError form={form} />
      {kinds.includes("Text") && <TextareaField form={form} name="text" label={t("answerLabel")} rows={8} />}
      {kinds.includes("URL") && <TextField form={form} name="url" type="url" inputMode="url" label={t("urlLabel")} placeholder="https://" spellCheck={false} />}
      {kinds.includes("File") && (
        <FileField
          name={SUBMISSION_FILE_FIELD}
          label={t("fileLabel")}
          hint={saved?.fileName ? `${t("fileHint", { megabytes })} ${t("keepFile", { name: saved.fileName })}` : t("fileHint", { megabytes })}
          accept={SUBMISSION_FILE_ACCEPT}
          chooseLabel={t("chooseFile")}
          noFileLabel={t("noFile")}
          error={fileError}
          onFileChange={(chosen) => (setFile(chosen), setFileError(undefined))}
        />
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={form.formState.isSubmitting}>
          {saved ? t("saveChanges") : t("submit")}
        </Button>
        {saved && (
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
