-- DropIndex
DROP INDEX "Discussion_courseId_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notifyOnReply" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Discussion_courseId_key" ON "Discussion"("courseId");

