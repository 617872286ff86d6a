// A course's cover image, or a generated gradient with its category when it has none.
// The gradient is picked from the category, so courses of one subject share a colour.
import { cx } from "@/components/ui/cx";

// Every pair keeps white text at 4.5:1 or better.
const gradients = [
  "from-brand-600 to-violet-800",
  "from-accent-700 to-cyan-900",
  "from-sky-700 to-brand-800",
  "from-rose-700 to-fuchsia-800",
  "from-orange-700 to-red-800",
  "from-emerald-700 to-teal-900",
  "from-slate-700 to-slate-900",
];

type CourseCoverProps = {
  coverImageUrl: string | null;
  category: { id: number; name: string } | null;
  /** Fallback seed for the colour when the course has no category. */
  courseId: number;
  /** Leave the category chip out where the page already names the category. */
  hideCategory?: boolean;
  className?: string;
};

export function CourseCover({ coverImageUrl, category, courseId, hideCategory = false, className }: CourseCoverProps) {
  const label = category && !hideCategory && (
    <span className="absolute bottom-3 left-3 max-w-[calc(100%-1.5rem)] truncate rounded-full bg-slate-950/45 px-2.5 py-1 text-xs font-medium text-white backdrop-blur-sm">
      {category.name}
    </span>
  );

  if (coverImageUrl) {
    return (
      <div className={cx("relative aspect-[5/2] sm:aspect-[2/1] overflow-hidden bg-slate-100", className)}>
        {/* eslint-disable-next-line @next/next/no-img-element -- covers may live on any host or in uploads */}
        <img src={coverImageUrl} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
        {label}
      </div>
    );
  }

  const gradient = gradients[(category?.id ?? courseId) % gradients.length];
  return (
    <div aria-hidden={label ? undefined : true} className={cx("relative aspect-[5/2] sm:aspect-[2/1] overflow-hidden bg-linear-to-br", gradient, className)}>
      <div
        className="absolute inset-0 opacity-60"
        style={{ backgroundImage: "radial-gradient(rgb(255 255 255 / 0.18) 1px, transparent 1px)", backgroundSize: "14px 14px" }}
      />
      <div className="absolute -top-10 -right-10 size-40 rounded-full bg-white/10" />
      <div className="absolute -top-2 right-10 size-16 rounded-full bg-white/10" />
      {label}
    </div>
  );
}
