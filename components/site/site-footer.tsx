import { useT } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";
import { FooterLinks } from "./footer-links";
import { LanguageSwitch } from "./language-switch";
import { LogoMark } from "./logo";

export function SiteFooter() {
  const t = useT("SiteFooter");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 print:hidden">
      <Container size="wide" className="flex flex-col gap-6 py-10 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-3">
          <LogoMark className="size-7" />
          <p className="text-sm text-slate-600">{t.rich("tagline", { brand: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span> })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-4">
          <nav aria-label={t("label")}>
            <FooterLinks />
          </nav>
          <LanguageSwitch />
        </div>
      </Container>
    </footer>
  );
}
