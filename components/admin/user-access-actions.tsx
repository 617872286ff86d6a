"use client";
// Disabling or enabling an account, and mailing its owner a password-reset link, each behind
// a confirmation. The domain's refusals (the last administrator, a disabled account) are
// shown in the dialog, which stays open.
import { useRouter } from "next/navigation";
import type { sendPasswordResetAction, updateUserAction } from "@/app/admin/users/actions";
import { useClientText } from "@/components/i18n/client-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useDialogAction } from "./use-dialog-action";

type Props = {
  user: { id: number; fullName: string; email: string; disabled: boolean };
  save: typeof updateUserAction;
  sendReset: typeof sendPasswordResetAction;
};

export function UserAccessActions({ user, save, sendReset }: Props) {
  const t = useClientText("AdminUsersForms");
  const router = useRouter();
  const access = useDialogAction();
  const reset = useDialogAction();
  const disabling = !user.disabled;

  return (
    <div className="flex flex-wrap gap-3">
      <ConfirmDialog
        triggerLabel={t(disabling ? "disable" : "enable")}
        triggerVariant={disabling ? "danger" : "primary"}
        tone={disabling ? "danger" : "primary"}
        title={t(disabling ? "disableTitle" : "enableTitle", { name: user.fullName })}
        description={
          <>
            <p>{t(disabling ? "disableText" : "enableText")}</p>
            {access.alert}
          </>
        }
        confirmLabel={t(disabling ? "disableConfirm" : "enableConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() =>
          access.run(
            () => save({ userId: user.id, values: { disabled: disabling } }),
            () => {
              toast(t(disabling ? "disabled" : "enabled", { name: user.fullName }));
              router.refresh();
            },
          )
        }
      />
      {!user.disabled && (
        <ConfirmDialog
          triggerLabel={t("sendReset")}
          triggerVariant="secondary"
          tone="primary"
          title={t("sendResetTitle")}
          description={
            <>
              <p>{t("sendResetText", { email: user.email })}</p>
              {reset.alert}
            </>
          }
          confirmLabel={t("sendResetConfirm")}
          cancelLabel={t("cancel")}
          onConfirm={() => reset.run(() => sendReset({ userId: user.id }), ({ email }) => toast(t("resetSent", { email })))}
        />
      )}
    </div>
  );
}
