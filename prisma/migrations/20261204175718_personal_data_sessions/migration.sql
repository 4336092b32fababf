-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "retentionYears" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "anonymizedAt" TIMESTAMPTZ(3),
ADD COLUMN     "privacyAcknowledgedAt" TIMESTAMPTZ(3),
ADD COLUMN     "privacyNoticeVersion" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PersonalDataAccess" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorName" TEXT,
    "agencyId" UUID,
    "kind" TEXT NOT NULL,
    "requestId" UUID,
    "subjectIds" UUID[],
    "detail" TEXT,
    "clientAddress" TEXT,

    CONSTRAINT "PersonalDataAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataErasure" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "userId" UUID,
    "agencyId" UUID,
    "requestId" UUID,
    "reason" TEXT NOT NULL,
    "summary" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "DataErasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonalDataAccess_at_idx" ON "PersonalDataAccess"("at");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_subjectIds_idx" ON "PersonalDataAccess" USING GIN ("subjectIds");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_actorId_at_idx" ON "PersonalDataAccess"("actorId", "at");

-- CreateIndex
CREATE INDEX "DataErasure_userId_idx" ON "DataErasure"("userId");

-- CreateIndex
CREATE INDEX "DataErasure_at_idx" ON "DataErasure"("at");
