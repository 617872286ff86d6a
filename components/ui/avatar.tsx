import { cx } from "./cx";

// Here rather than in components/format.ts: the header shows avatars on every page, and
// format.ts would bring its Intl formatters along.
/** Up to two initials for an avatar: "Sari Wulandari" → "SW". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

const sizes = { sm: "size-7 text-xs", md: "size-9 text-sm", lg: "size-12 text-base" } as const;

/** A user's picture, or their initials on a tinted circle. Decorative: the name is shown beside it. */
export function Avatar({ name, src, size = "md", className }: { name: string; src?: string | null; size?: keyof typeof sizes; className?: string }) {
  const classes = cx("avatar", sizes[size], className);
  if (src) {
    // eslint-disable-next-line @next/next/no-img-element -- avatars may live on any host; next/image would need each one configured
    return <img src={src} alt="" className={cx(classes, "object-cover")} />;
  }
  return (
    <span aria-hidden="true" className={cx(classes, "bg-brand-100 text-brand-800")}>
      {initials(name)}
    </span>
  );
}
