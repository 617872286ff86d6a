"use client";
// Whether the user is mailed when someone replies to one of their comments: saved through
// the same profile update as their name.
import { useForm } from "react-hook-form";
import type { updateProfileAction } from "@/app/settings/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { CheckboxField } from "@/components/forms/choice-fields";
import { FormError } from "@/components/forms/form-alert";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

type NotificationValues = { notifyOnReply: boolean };

export function NotificationsForm({ initial, save }: { initial: NotificationValues; save: typeof updateProfileAction }) {
  const t = useClientText("SettingsForms");
  const form = useForm<NotificationValues>({ defaultValues: initial });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await save(values);
    if (!result.ok) return showActionErrors(form, result, ["notifyOnReply"]);
    form.reset({ notifyOnReply: result.data.notifyOnReply });
    toast(t("notificationsSaved"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <CheckboxField form={form} name="notifyOnReply" label={t("notifyOnReply")} hint={t("notifyOnReplyHint")} />
      <Button type="submit" pending={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
        {t("saveNotifications")}
      </Button>
    </form>
  );
}
