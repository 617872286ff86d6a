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
  const label = category && !hideCategory && <span className="course-cover-label">{category.name}</span>;

  if (coverImageUrl) {
    return (
      <div className={cx("course-cover", className)}>
        {/* eslint-disable-next-line @next/next/no-img-element -- covers may live on any host or in uploads */}
        <img src={coverImageUrl} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
        {label}
      </div>
    );
  }

  const gradient = gradients[(category?.id ?? courseId) % gradients.length];
  return (
    <div aria-hidden={label ? undefined : true} className={cx("course-cover course-cover-art", gradient, className)}>
      {label}
    </div>
  );
}
