import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";
import { Avatar } from "@/components/ui/avatar";
import { NavLink } from "./nav-link";
import { accountLinks, type SessionUser } from "./session-user";
import { SignOutButton } from "./sign-out-button";

/** The header's right side for a signed-in user (desktop). */
export function UserMenu({ user }: { user: SessionUser }) {
  const t = useClientText("Header");
  const links = accountLinks(user.role);
  return (
    <div className="flex items-center gap-1">
      {links.map((link) => (
        <NavLink key={link.href} href={link.href} siblings={links.map(({ href }) => href)}>
          {t(link.label)}
        </NavLink>
      ))}
      <Link href="/settings" className="ml-2 flex items-center gap-2 rounded-full p-0.5 text-sm xl:pr-3 font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
        <Avatar name={user.name} src={user.image} size="sm" />
        {/* Spoken always, shown from xl up: below it the links (five for staff) need the room. */}
        <span className="sr-only xl:not-sr-only xl:max-w-32 xl:truncate">{user.name}</span>
        <span className="sr-only">{t("accountSettingsSuffix")}</span>
      </Link>
      <SignOutButton />
    </div>
  );
}
