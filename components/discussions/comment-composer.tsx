"use client";
// The markdown form of a new post, a reply and an edit: checked with the API's schema, the
// server's answer (too long, posting too fast) shown on the form, and the form emptied or
// closed once the comment is saved.
import { useForm } from "react-hook-form";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import type { CommentInput } from "@/lib/discussions/schemas";

type CommentComposerProps = {
  /** Unique on the page: the editor's id. */
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  rows?: number;
  send: (values: CommentInput) => Promise<ActionResult<unknown>>;
  /** Runs once the comment is saved (the form is emptied first). */
  onSaved: () => void;
  onCancel?: () => void;
  /** Busy after saving, while the page refreshes to show the comment. */
  refreshing?: boolean;
};

const resolver = lazyZodResolver(() => import("@/lib/discussions/schemas").then((schemas) => schemas.ZCommentInput));

export function CommentComposer({ id, label, submitLabel, initial = "", rows = 4, send, onSaved, onCancel, refreshing = false }: CommentComposerProps) {
  const t = useClientText("DiscussionForms");
  const form = useForm<CommentInput>({ resolver, defaultValues: { body: initial } });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await send(values);
    if (!result.ok) return showActionErrors(form, result, ["body"]);
    form.reset({ body: onCancel ? values.body : "" });
    onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError form={form} />
      <MarkdownEditor
        form={form}
        name="body"
        id={id}
        label={label}
        hint={t("markdownHint")}
        writeLabel={t("write")}
        previewLabel={t("preview")}
        emptyPreview={t("emptyPreview")}
        rows={rows}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={form.formState.isSubmitting || refreshing}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" size="sm" onClick={onCancel} disabled={form.formState.isSubmitting}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
