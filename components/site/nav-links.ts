// The site's main navigation, shared by the desktop bar and the phone menu.
export type NavItem = { href: string; label: string };

export const mainNav: NavItem[] = [{ href: "/courses", label: "Courses" }];

export const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);
