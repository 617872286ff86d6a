import { useT } from "@/lib/i18n/translator";
import { useLocale } from "next-intl";
import { formatPrice } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";

/** The price in rupiah, or a "Free" badge. */
export function PriceTag({ priceIDR, size = "md", className }: { priceIDR: number; size?: "md" | "lg"; className?: string }) {
  const t = useT("CourseCard");
  const locale = useLocale();
  if (priceIDR === 0) {
    return (
      <Badge tone="success" className={cx(size === "lg" && "px-3 py-1 text-sm", className)}>
        {t("free")}
      </Badge>
    );
  }
  return (
    <span className={cx("font-semibold text-slate-900 tabular-nums", size === "lg" ? "text-2xl tracking-tight" : "text-sm", className)}>
      {formatPrice(priceIDR, locale)}
    </span>
  );
}
