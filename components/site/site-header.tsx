// The same HTML for every visitor, so public pages stay cacheable: who is signed in is
// filled in by the AccountNav and MobileNav islands in the browser.
import { useT } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";
import { AccountNav } from "./account-nav";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLink } from "./nav-link";
import { mainNav } from "./nav-links";

export function SiteHeader() {
  const t = useT("Header");
  return (
    <header className="sticky top-0 z-40 border-b print:hidden border-slate-200/80 bg-white/85 backdrop-blur supports-[backdrop-filter]:bg-white/75">
      <Container size="wide" className="relative flex h-16 items-center gap-4 lg:gap-6">
        <Logo />
        <nav aria-label={t("mainNav")} className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {mainNav.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {/* One language switch for both widths: every copy would weigh on every page. */}
        <div className="ml-auto flex items-center gap-2">
          <div className="hidden items-center gap-2 lg:flex">
            <AccountNav />
          </div>
          <LanguageSwitch />
          <div className="lg:hidden">
            <MobileNav />
          </div>
        </div>
      </Container>
    </header>
  );
}
