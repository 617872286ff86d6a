"use client";
// The file of a FILE content in the curriculum editor: what is stored now, and an upload that
// starts as soon as a file is chosen. XMLHttpRequest rather than fetch or a server action,
// because only it reports upload progress; the route answers an action result.
import { useEffect, useRef, useState } from "react";
import { useClientLocale, useClientText } from "@/components/i18n/client-text";
import { formatFileSize } from "@/components/format";
import { FileField } from "@/components/forms/file-field";
import { FileIcon } from "@/components/ui/icons";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";
import { CONTENT_FILE_ACCEPT, CONTENT_FILE_FIELD, CONTENT_FILE_TYPES, contentFileDownloadPath, isContentFileType, MAX_CONTENT_FILE_BYTES } from "@/lib/contents/files-limits";

export type StoredContentFile = { name: string; size: number; type: string };

type ContentFileUploadProps = {
  courseId: number;
  contentId: number;
  /** The file stored now, null before the first upload. */
  current: StoredContentFile | null;
};

const megabytes = MAX_CONTENT_FILE_BYTES / (1024 * 1024);

/** The route's answer, or null when there was none to read (connection lost, proxy page). */
function send(url: string, form: FormData, onProgress: (fraction: number | null) => void): Promise<ActionResult<StoredContentFile> | null> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
    request.onload = () => resolve(typeof request.response === "object" && request.response !== null && "ok" in request.response ? request.response : null);
    request.onerror = () => resolve(null);
    request.onabort = () => resolve(null);
    request.send(form);
  });
}

export function ContentFileUpload({ courseId, contentId, current }: ContentFileUploadProps) {
  const t = useClientText("ContentFile");
  const locale = useClientLocale();
  const [stored, setStored] = useState(current);
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  // A new key after an upload empties the field, which then shows the stored file's name.
  const [uploads, setUploads] = useState(0);
  // The input is disabled during the upload and so loses focus: it gets it back afterwards.
  const box = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus) box.current?.querySelector("input")?.focus();
  }, [refocus]);

  const onFile = async (file: File | null) => {
    setError(undefined);
    if (!file) return;
    // Quick feedback for the obvious case; the server decides by the file's bytes.
    if (file.size > MAX_CONTENT_FILE_BYTES) return setError(t("tooLarge", { megabytes }));
    const form = new FormData();
    form.set(CONTENT_FILE_FIELD, file);
    setProgress(0);
    const result = await send(`/api/teach/courses/${courseId}/contents/${contentId}/file`, form, setProgress);
    setProgress(undefined);
    setRefocus((count) => count + 1);
    if (!result) return setError(t("failed"));
    if (!result.ok) return setError(result.fieldErrors[CONTENT_FILE_FIELD] ?? result.error);
    setStored(result.data);
    setUploads((count) => count + 1);
    toast(t("uploaded"));
  };

  const uploading = progress !== undefined;
  return (
    <div ref={box} className="space-y-4">
      {stored ? (
        <div className="flex items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3">
          <FileIcon className="size-6 shrink-0 text-brand-700" />
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium text-slate-900">{stored.name}</p>
            <p className="text-sm text-slate-600">
              {isContentFileType(stored.type) ? CONTENT_FILE_TYPES[stored.type].label : stored.type} · {formatFileSize(stored.size, locale)}
            </p>
          </div>
          <a href={contentFileDownloadPath(contentId)} className="text-link shrink-0 text-sm">
            {t("download")}
            <span className="sr-only"> {stored.name}</span>
          </a>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
      <FileField
        key={uploads}
        name={CONTENT_FILE_FIELD}
        label={stored ? t("replaceLabel") : t("label")}
        hint={t("hint", { megabytes })}
        accept={CONTENT_FILE_ACCEPT}
        disabled={uploading}
        chooseLabel={stored ? t("replace") : t("choose")}
        noFileLabel={t("noFile")}
        progress={progress}
        progressLabel={t("uploading")}
        error={error}
        onFileChange={(file) => void onFile(file)}
      />
    </div>
  );
}
