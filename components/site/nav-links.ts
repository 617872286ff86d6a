// The site's main navigation, shared by the desktop bar and the phone menu. Labels are keys
// of the "Header" catalog namespace.
export type NavLabel = "courses" | "dashboard" | "myLearning" | "certificates" | "invoices" | "teaching" | "admin" | "accountSettings";
export type NavItem = { href: string; label: NavLabel };

export const mainNav: NavItem[] = [{ href: "/courses", label: "courses" }];

// The dashboard's own pages (certificates, invoices) have links of their own, so the
// dashboard link is current on the dashboard itself only.
export const isActive = (pathname: string, href: string) => pathname === href || (href !== "/dashboard" && pathname.startsWith(`${href}/`));
