-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'id');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" "Locale";

