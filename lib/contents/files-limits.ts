// What a FILE content accepts, in one place for the domain rule, the routes and the upload
// form (client-safe: no Node modules here).
export const MAX_CONTENT_FILE_BYTES = 50 * 1024 * 1024;

/** The multipart field that carries the file. */
export const CONTENT_FILE_FIELD = "file";

/** Accepted types by the media type their bytes show, with the extension a stored copy gets. */
export const CONTENT_FILE_TYPES = {
  "application/pdf": { extension: "pdf", label: "PDF" },
  "application/zip": { extension: "zip", label: "ZIP" },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { extension: "pptx", label: "PowerPoint" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { extension: "docx", label: "Word" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { extension: "xlsx", label: "Excel" },
  "image/png": { extension: "png", label: "PNG" },
  "image/jpeg": { extension: "jpg", label: "JPEG" },
} as const;

export type ContentFileType = keyof typeof CONTENT_FILE_TYPES;

export const isContentFileType = (mime: string | undefined): mime is ContentFileType => mime !== undefined && Object.hasOwn(CONTENT_FILE_TYPES, mime);

/** For the file picker's `accept`: a hint only, the bytes decide on the server. */
export const CONTENT_FILE_ACCEPT = ".pdf,.zip,.pptx,.docx,.xlsx,.png,.jpg,.jpeg";

/** Where a signed-in reader downloads a FILE content's file (app/files/contents/[contentId]). */
export const contentFileDownloadPath = (contentId: number) => `/files/contents/${contentId}`;
