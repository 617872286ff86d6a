import { getT } from "@/lib/i18n/translator";
import type { Metadata, Viewport } from "next";
import { getLocale, getMessages } from "next-intl/server";
import { ClientTextProvider } from "@/components/i18n/client-text";
import type { ReactNode } from "react";
import { TimeZoneCookie } from "@/components/i18n/time-zone-cookie";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { IconSprite } from "@/components/ui/icons";
import { Toaster } from "@/components/ui/toast";
import { appUrl } from "@/lib/env";
import { CHROME_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-text";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Layout");
  return {
    title: { default: t("title"), template: "%s · Lumen" },
    description: t("description"),
    applicationName: "Lumen",
    metadataBase: appUrl(),
    openGraph: { images: [{ url: "/og-image.png", width: 1200, height: 630, alt: t("title") }] },
  };
}

export const viewport: Viewport = { themeColor: "#4f46e5", width: "device-width", initialScale: 1 };

// Reads no session: the header's account links are a client island (components/site), so
// public pages render the same for everyone and their data can come from the read cache.
// The locale comes from a cookie and Accept-Language only (i18n/request.ts).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t, ui] = await Promise.all([getLocale(), getMessages(), getT("Layout"), getT("UI")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <ClientTextProvider locale={locale} messages={pickNamespaces(messages, CHROME_NAMESPACES)}>
          <a
            href="#main"
            className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-lg ring-1 ring-slate-200 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
          >
            {t("skipLink")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </ClientTextProvider>
        <Toaster label={ui("notifications")} closeLabel={ui("dismiss")} />
        <IconSprite />
        <TimeZoneCookie />
      </body>
    </html>
  );
}
