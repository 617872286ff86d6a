"use client";
// The two account actions that cannot be undone, each behind a confirm dialog. Both end the
// session, so success leaves the page; a failure is reported where the action started.
import { useClientText } from "@/components/i18n/client-text";
import { useForm } from "react-hook-form";
import type { deleteAccountAction, signOutEverywhereAction } from "@/app/settings/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import type { DeleteOwnAccountInput } from "@/lib/users/delete-own-account-schema";
import { signOutTo } from "./sign-out";

export function SignOutEverywhere({ signOutEverywhere }: { signOutEverywhere: typeof signOutEverywhereAction }) {
  const t = useClientText("SettingsForms");
  const run = async () => {
    const result = await signOutEverywhere();
    if (result.ok) await signOutTo("/login?notice=signed-out-everywhere");
    else toast(result.error, "error");
  };
  return (
    <ConfirmDialog
      triggerLabel={t("signOutEverywhere")}
      triggerVariant="secondary"
      title={t("signOutEverywhereTitle")}
      description={t("signOutEverywhereDescription")}
      confirmLabel={t("signOutEverywhere")}
      cancelLabel={t("cancel")}
      onConfirm={run}
      tone="primary"
    />
  );
}

/** Deleting is confirmed twice: with the current password, and in the dialog. The password
 *  field stays on the page, not in the dialog, because the dialog closes once its action
 *  settles: a wrong password is then shown next to the field it concerns. */
export function DeleteAccount({ deleteAccount }: { deleteAccount: typeof deleteAccountAction }) {
  const t = useClientText("SettingsForms");
  const form = useForm<DeleteOwnAccountInput>({ resolver: lazyZodResolver(() => import("@/lib/users/delete-own-account-schema").then((schemas) => schemas.ZDeleteOwnAccountInput)), defaultValues: { password: "" } });

  const run = form.handleSubmit(async (values) => {
    const result = await deleteAccount(values);
    if (result.ok) await signOutTo("/");
    else showActionErrors(form, result, ["password"]);
  });

  return (
    <div className="space-y-4">
      <FormError form={form} />
      <TextField form={form} name="password" label={t("deletePassword")} hint={t("deletePasswordHint")} type="password" autoComplete="current-password" className="max-w-xs" />
      <ConfirmDialog
        triggerLabel={t("deleteAccount")}
        title={t("deleteAccountTitle")}
        description={t("deleteAccountDescription")}
        confirmLabel={t("deleteAccountConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => run()}
      />
    </div>
  );
}
