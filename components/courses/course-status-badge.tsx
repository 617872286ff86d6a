import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useT } from "@/lib/i18n/translator";

// Keyed by the status labels the course views return.
const tones: Record<string, BadgeTone> = { Draft: "neutral", Published: "success", Archived: "warning" };

/** A course's status, in the reader's language. */
export function CourseStatusBadge({ status, className }: { status: string; className?: string }) {
  const t = useT("CourseStatus");
  return (
    <Badge tone={tones[status] ?? "neutral"} className={className}>
      {t("name", { status })}
    </Badge>
  );
}
