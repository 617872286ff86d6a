"use client";
// One form for a new forum and for renaming or describing one, checked with the API's schema.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { createForumAction, updateForumAction } from "@/app/discussions/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { CreateDiscussionInput } from "@/lib/discussions/schemas";

type ForumValues = { title: string; description: string };
type ForumFormProps =
  | { mode: "create"; save: typeof createForumAction }
  | { mode: "edit"; forum: { id: number } & ForumValues; save: typeof updateForumAction };

const resolver = lazyZodResolver(() => import("@/lib/discussions/schemas").then((schemas) => schemas.ZCreateDiscussionInput));

export function ForumForm(props: ForumFormProps) {
  const t = useClientText("DiscussionForms");
  const router = useRouter();
  const initial = props.mode === "edit" ? { title: props.forum.title, description: props.forum.description } : { title: "", description: "" };
  const form = useForm<CreateDiscussionInput, unknown, CreateDiscussionInput>({ resolver, defaultValues: initial });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = props.mode === "create" ? await props.save(values) : await props.save({ discussionId: props.forum.id, values });
    if (!result.ok) return showActionErrors(form, result, ["title", "description"]);
    const { title, description } = result.data;
    form.reset(props.mode === "create" ? { title: "", description: "" } : { title, description: description ?? "" });
    toast(t(props.mode === "create" ? "forumCreated" : "forumSaved", { title }));
    // A new forum is shown in the forums table; an edited one on its page, refreshed.
    if (props.mode === "create") router.push("/admin/discussions");
    else router.refresh();
  });

  const idPrefix = `forum-${props.mode}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="title" id={`${idPrefix}-title`} label={t("forumTitle")} autoComplete="off" />
      <TextareaField form={form} name="description" id={`${idPrefix}-description`} label={t("forumDescription")} rows={3} />
      <Button type="submit" pending={form.formState.isSubmitting} disabled={props.mode === "edit" && !form.formState.isDirty}>
        {t(props.mode === "create" ? "createForum" : "saveForum")}
      </Button>
    </form>
  );
}
