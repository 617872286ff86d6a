// A handed-in assignment file for the signed-in reader (web session): the grading page and
// the student's own assignment link here. Anyone else is told it does not exist.
import { submissionNotFound } from "@/lib/grading/find-submission";
import { openSubmissionFile } from "@/lib/grading/submission-file";
import { sessionDownload } from "@/lib/storage/session-download";

export async function GET(req: Request, { params }: { params: Promise<{ completionId: string }> }) {
  const { completionId } = await params;
  return sessionDownload(req, { param: "completionId", value: completionId, notFound: submissionNotFound, open: openSubmissionFile });
}
