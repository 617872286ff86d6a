// The site's main navigation, shared by the desktop bar and the phone menu. Labels are keys
// of the "Header" catalog namespace.
export type NavLabel = "courses" | "dashboard" | "myLearning" | "certificates" | "invoices" | "teaching" | "grading" | "admin" | "discussions" | "accountSettings";
export type NavItem = { href: string; label: NavLabel };

export const mainNav: NavItem[] = [{ href: "/courses", label: "courses" }];

export const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The one link of a group that marks the current page: the most specific match, so
 * /teach/grading marks Grading and not also Teaching, /dashboard/invoices Invoices and not
 * also My learning.
 */
export const currentHref = (pathname: string, hrefs: readonly string[]) =>
  hrefs.filter((href) => isActive(pathname, href)).sort((a, b) => b.length - a.length)[0];
