-- API sign-ins become TokenFamily rows: revoking one ends its refresh and access tokens, and
-- a bearer request checks it by primary key. Existing refresh tokens keep their families,
-- revoked when any of their tokens was. Revoked access tokens need no table of their own
-- any more, because logout always revoked their family too.

-- CreateTable
CREATE TABLE "TokenFamily" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TokenFamily_pkey" PRIMARY KEY ("id")
);

-- Move existing families over
INSERT INTO "TokenFamily" ("id", "userId", "revokedAt", "createdAt")
SELECT "familyId", MIN("userId"), MAX("revokedAt"), MIN("createdAt") FROM "RefreshToken" GROUP BY "familyId";

-- DropForeignKey
ALTER TABLE "RefreshToken" DROP CONSTRAINT "RefreshToken_userId_fkey";

-- DropIndex
DROP INDEX "RefreshToken_familyId_idx";

-- DropIndex
DROP INDEX "RefreshToken_userId_idx";

-- AlterTable
ALTER TABLE "RefreshToken" DROP COLUMN "revokedAt",
DROP COLUMN "userId";

-- DropTable
DROP TABLE "RevokedAccessToken";

-- CreateIndex
CREATE INDEX "TokenFamily_userId_idx" ON "TokenFamily"("userId");

-- CreateIndex
CREATE INDEX "RefreshToken_familyId_rotatedAt_idx" ON "RefreshToken"("familyId", "rotatedAt");

-- AddForeignKey
ALTER TABLE "TokenFamily" ADD CONSTRAINT "TokenFamily_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "TokenFamily"("id") ON DELETE CASCADE ON UPDATE CASCADE;
