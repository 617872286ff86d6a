// A link to elsewhere: its address and a button that opens it in a new tab, passing no
// referrer and no handle on this page (rel="noopener noreferrer").
import { buttonClasses } from "@/components/ui/button";
import { ArrowRightIcon, LinkIcon } from "@/components/ui/icons";
import { useT } from "@/lib/i18n/translator";
import type { ContentOf } from "./views";

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function LinkView({ content }: { content: ContentOf<"Link"> }) {
  const t = useT("Reader");
  return (
    <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs sm:flex-row sm:items-center">
      <LinkIcon className="size-8 shrink-0 text-brand-700" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-slate-900">{hostOf(content.url)}</p>
        <p className="truncate text-sm text-slate-600">{content.url}</p>
      </div>
      <a href={content.url} target="_blank" rel="noopener noreferrer" className={buttonClasses({ variant: "primary", className: "shrink-0" })}>
        {t("openLink")}
        <span className="sr-only"> {t("newTab")}</span>
        <ArrowRightIcon className="size-4" />
      </a>
    </div>
  );
}
