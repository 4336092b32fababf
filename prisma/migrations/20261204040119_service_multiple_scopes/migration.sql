-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "multipleScopes" BOOLEAN NOT NULL DEFAULT false;
