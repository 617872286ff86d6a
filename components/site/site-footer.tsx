import Link from "next/link";
import { Container } from "@/components/ui/container";
import { LogoMark } from "./logo";

const guestLinks = [
  { href: "/courses", label: "Courses" },
  { href: "/login", label: "Sign in" },
  { href: "/register", label: "Create an account" },
];
const memberLinks = [
  { href: "/courses", label: "Courses" },
  { href: "/dashboard", label: "Dashboard" },
  { href: "/settings", label: "Account settings" },
];

export function SiteFooter({ signedIn }: { signedIn: boolean }) {
  const links = signedIn ? memberLinks : guestLinks;
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
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded text-slate-600 hover:text-slate-900 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
