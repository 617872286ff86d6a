import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { IconSprite } from "@/components/ui/icons";
import { appUrl } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lumen · Learn by doing", template: "%s · Lumen" },
  description: "Lumen is an open-source learning platform: clear courses, real practice and progress you can see.",
  applicationName: "Lumen",
  metadataBase: appUrl(),
  openGraph: { images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "Lumen · Learn by doing" }] },
};

export const viewport: Viewport = { themeColor: "#4f46e5", width: "device-width", initialScale: 1 };

// Reads no session: the header's account links are a client island (components/site), so
// public pages render the same for everyone and their data can come from the read cache.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-lg ring-1 ring-slate-200 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <IconSprite />
      </body>
    </html>
  );
}
