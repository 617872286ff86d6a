"use client";

// EN / ID: writes the locale cookie and re-renders the page's server components in the new
// language. A signed-in user's choice is also saved, so sign-in restores it on any device.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { cx } from "@/components/ui/cx";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { saveLocaleAction } from "@/lib/i18n/save-locale";
import { useSessionUser } from "./session-store";

const rememberLocale = (locale: Locale) => (document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`);

export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("LanguageSwitch");
  const current = useLocale();
  const user = useSessionUser();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    rememberLocale(locale);
    startTransition(async () => {
      if (user) await saveLocaleAction({ locale });
      router.refresh();
    });
  }

  return (
    <div role="group" aria-label={t("label")} aria-busy={pending} className={cx("inline-flex rounded-lg border border-slate-200 bg-white p-0.5 text-xs font-semibold", className)}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => locale !== current && choose(locale)}
          className={cx(
            "rounded-md px-2 py-1 transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
            locale === current ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
          )}
        >
          {locale.toUpperCase()}
          <span className="sr-only" lang={locale}>
            {" "}
            – {t(locale)}
          </span>
        </button>
      ))}
    </div>
  );
}
