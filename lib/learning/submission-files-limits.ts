// What an assignment's file may be, and where its submitter, the course's teacher and admins
// download it (client-safe: no Node modules here). The same kinds as a course's files.
export { CONTENT_FILE_ACCEPT as SUBMISSION_FILE_ACCEPT, MAX_CONTENT_FILE_BYTES as MAX_SUBMISSION_FILE_BYTES } from "@/lib/contents/files-limits";

/** The multipart field that carries the file. */
export const SUBMISSION_FILE_FIELD = "file";

/** The web download of a submission's file (app/files/submissions/[completionId]). */
export const submissionFilePath = (completionId: number) => `/files/submissions/${completionId}`;
