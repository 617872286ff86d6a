"use client";

// EN / ID: writes the locale cookie and re-renders the page's server components in the new
// language. A signed-in user's choice is also saved, so sign-in restores it on any device.
import { useRouter } from "next/navigation";
import { useClientLocale, useClientText } from "@/components/i18n/client-text";
import { useTransition } from "react";
import { rememberLocale } from "@/components/i18n/locale-cookie";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { saveLocaleAction } from "@/lib/i18n/save-locale";
import { useSessionUser } from "./session-store";

export function LanguageSwitch() {
  const t = useClientText("Header");
  const current = useClientLocale();
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

  // Styled by .language-switch in globals.css: every page renders it twice (header and footer).
  return (
    <div role="group" aria-label={t("language")} className="language-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => locale !== current && choose(locale)}
        >
          {locale.toUpperCase()}
          <span className="sr-only" lang={locale}>{` – ${LOCALE_NAMES[locale]}`}</span>
        </button>
      ))}
    </div>
  );
}
