// Says, above everything in "preview as student", that this is a preview and records nothing.
import { AlertIcon } from "@/components/ui/icons";
import { useT } from "@/lib/i18n/translator";

export function PreviewBanner() {
  const t = useT("Preview");
  return (
    <div role="note" className="flex items-start gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-amber-700" />
      <div>
        <p className="font-semibold">{t("banner")}</p>
        <p className="mt-0.5 text-sm">{t("bannerText")}</p>
      </div>
    </div>
  );
}
