-- AlterEnum
ALTER TYPE "SlaThreshold" ADD VALUE 'STAGE_NORM';

-- DropIndex
DROP INDEX "SlaAlert_requestId_threshold_key";

-- AlterTable
ALTER TABLE "SlaAlert" ADD COLUMN     "stagePosition" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "SlaAlert_requestId_threshold_stagePosition_key" ON "SlaAlert"("requestId", "threshold", "stagePosition");
