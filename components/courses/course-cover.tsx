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
  /** The stored sizes of an uploaded cover (empty for an external image): the browser picks one. */
  variants?: readonly { width: number; url: string }[];
  /** How wide the cover shows, for picking among the variants (a card's width by default). */
  sizes?: string;
  category: { id: number; name: string } | null;
  /** Fallback seed for the colour when the course has no category. */
  courseId: number;
  /** Leave the category chip out where the page already names the category. */
  hideCategory?: boolean;
  className?: string;
};

// A card: the whole width on phones, half of it from sm, a third of the 80rem page from lg.
const CARD_SIZES = "(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw";

export function CourseCover({ coverImageUrl, variants = [], sizes = CARD_SIZES, category, courseId, hideCategory = false, className }: CourseCoverProps) {
  const label = category && !hideCategory && <span className="course-cover-label">{category.name}</span>;

  if (coverImageUrl) {
    return (
      <div className={cx("course-cover", className)}>
        {/* eslint-disable-next-line @next/next/no-img-element -- covers may live on any host or in uploads */}
        <img
          src={variants[0]?.url ?? coverImageUrl}
          srcSet={variants.length > 1 ? variants.map((variant) => `${variant.url} ${variant.width}w`).join(", ") : undefined}
          sizes={variants.length > 1 ? sizes : undefined}
          alt=""
          loading="lazy"
          decoding="async"
          className="size-full object-cover"
        />
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
