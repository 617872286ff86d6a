import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { getT } from "@/lib/i18n/translator";
import { ConfirmDemo, ToastDemo } from "./demos";
import { DesignSection, Row } from "./section";

export async function FeedbackSection() {
  const [t, ui] = await Promise.all([getT("Design"), getT("UI")]);
  return (
    <DesignSection id="feedback" title={t("feedback")} text={t("feedbackText")}>
      <Row>
        <ToastDemo label={t("showToast")} message={t("toastMessage")} />
        <ConfirmDemo
          triggerLabel={t("deleteCourse")}
          title={t("confirmTitle")}
          description={t("confirmText")}
          confirmLabel={t("confirmDelete")}
          cancelLabel={ui("cancel")}
          doneMessage={t("deleted")}
        />
      </Row>
      <div className="grid max-w-3xl gap-3">
        <FormAlert>{t("alertError")}</FormAlert>
        <FormAlert tone="success">{t("alertSuccess")}</FormAlert>
        <FormAlert tone="info">{t("alertInfo")}</FormAlert>
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-medium text-slate-900">{t("badges")}</h3>
        <Row>
          <Badge>{t("badgeDraft")}</Badge>
          <Badge tone="brand">{t("badgePublished")}</Badge>
          <Badge tone="success">{t("badgeFree")}</Badge>
          <Badge tone="warning">{t("badgePending")}</Badge>
          <Badge tone="danger">{t("badgeRejected")}</Badge>
        </Row>
      </div>
      <div className="grid max-w-3xl gap-6 sm:grid-cols-2">
        <div className="space-y-2">
          <ProgressBar value={5 / 8} label={t("progress")} valueText={t("progressValue", { done: 5, total: 8 })} tone="success" />
          <p className="text-sm text-slate-600">{t("progressValue", { done: 5, total: 8 })}</p>
        </div>
        <div role="status" className="flex items-center gap-3 text-sm text-slate-700">
          <Spinner className="size-5 text-brand-600" />
          {t("loading")}
        </div>
        <div aria-busy="true" className="space-y-2 sm:col-span-2">
          <span className="sr-only">{t("loading")}</span>
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-24 w-full" />
        </div>
      </div>
      <EmptyState
        icon={<BookIcon />}
        title={t("emptyTitle")}
        description={t("emptyText")}
        titleAs="h3"
        action={<ButtonLink href="/design">{t("emptyAction")}</ButtonLink>}
      />
    </DesignSection>
  );
}
