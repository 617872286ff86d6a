"use client";
// The interface language: saved as the user's choice (sign-in restores it on any device) and
// written to the locale cookie, then the page is rendered again in it.
import { useRouter } from "next/navigation";
import { useClientText } from "@/components/i18n/client-text";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import { showActionErrors } from "@/components/forms/action-errors";
import { RadioGroup } from "@/components/forms/choice-fields";
import { FormError } from "@/components/forms/form-alert";
import { rememberLocale } from "@/components/i18n/locale-cookie";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { saveLocaleAction } from "@/lib/i18n/save-locale";

type LanguageFormProps = {
  current: Locale;
  /** The confirmation in each language: it is shown in the language just chosen. */
  saved: Record<Locale, string>;
  save: typeof saveLocaleAction;
};

const choices = LOCALES.map((locale) => ({ value: locale, label: <span lang={locale}>{LOCALE_NAMES[locale]}</span> }));

export function LanguageForm({ current, saved, save }: LanguageFormProps) {
  const t = useClientText("SettingsForms");
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const form = useForm<{ locale: Locale }>({ defaultValues: { locale: current } });

  const onSubmit = form.handleSubmit(async ({ locale }) => {
    const result = await save({ locale });
    if (!result.ok) return showActionErrors(form, result, ["locale"]);
    rememberLocale(locale);
    form.reset({ locale });
    toast(saved[locale]);
    startRefresh(() => router.refresh());
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <RadioGroup form={form} name="locale" label={t("language")} hideLabel look="cards" choices={choices} />
      <Button type="submit" pending={form.formState.isSubmitting || refreshing} disabled={!form.formState.isDirty}>
        {t("saveLanguage")}
      </Button>
    </form>
  );
}
