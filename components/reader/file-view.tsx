// A file to download: its name, kind and size, and the link to the authorised download.
import { getLocale } from "next-intl/server";
import { formatFileSize } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { FileIcon } from "@/components/ui/icons";
import { CONTENT_FILE_TYPES, contentFileDownloadPath, isContentFileType } from "@/lib/contents/files-limits";
import { getT } from "@/lib/i18n/translator";
import type { ContentOf } from "./views";

export async function FileView({ content }: { content: ContentOf<"File"> }) {
  const [t, locale] = await Promise.all([getT("Reader"), getLocale()]);
  const { file } = content;
  if (!file) return <p className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">{t("fileMissing")}</p>;
  return (
    <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs sm:flex-row sm:items-center">
      <FileIcon className="size-8 shrink-0 text-brand-700" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words text-slate-900">{file.name}</p>
        <p className="text-sm text-slate-600">
          {isContentFileType(file.type) ? CONTENT_FILE_TYPES[file.type].label : file.type} · {formatFileSize(file.size, locale)}
        </p>
      </div>
      <a href={contentFileDownloadPath(content.id)} download={file.name} className={buttonClasses({ variant: "primary", className: "shrink-0" })}>
        {t("download")}
        <span className="sr-only"> {file.name}</span>
      </a>
    </div>
  );
}
