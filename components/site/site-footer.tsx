import { Container } from "@/components/ui/container";
import { FooterLinks } from "./footer-links";
import { LogoMark } from "./logo";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <Container size="wide" className="flex flex-col gap-6 py-10 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-3">
          <LogoMark className="size-7" />
          <p className="text-sm text-slate-600">
            <span className="font-semibold text-slate-900">Lumen</span> · open-source learning, made clear.
          </p>
        </div>
        <nav aria-label="Footer">
          <FooterLinks />
        </nav>
      </Container>
    </footer>
  );
}
