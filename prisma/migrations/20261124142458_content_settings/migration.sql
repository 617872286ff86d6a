-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('TEXT', 'URL', 'FILE');

-- CreateEnum
CREATE TYPE "CompletionRule" AS ENUM ('ON_SUBMISSION', 'ON_PASSING_GRADE');

-- AlterTable
ALTER TABLE "Content" ADD COLUMN     "completionRule" "CompletionRule" NOT NULL DEFAULT 'ON_SUBMISSION',
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "fileKey" TEXT,
ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "fileSize" INTEGER,
ADD COLUMN     "fileType" TEXT,
ADD COLUMN     "maxAttempts" INTEGER,
ADD COLUMN     "passMark" INTEGER,
ADD COLUMN     "showCorrectAnswers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shuffleOptions" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shuffleQuestions" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "submissionKinds" "SubmissionKind"[] DEFAULT ARRAY[]::"SubmissionKind"[];

