-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('DIAJUKAN', 'PERLU_PERBAIKAN', 'DIVERIFIKASI', 'DIPROSES', 'SELESAI', 'DITOLAK', 'DIBATALKAN');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "code" TEXT;
-- Existing agencies get a provisional code from their slug; the seed and admins set the real one.
UPDATE "Agency" SET "code" = upper(left(replace("slug", '-', ''), 6)) || '-' || left("id"::text, 4) WHERE "code" IS NULL;
ALTER TABLE "Agency" ALTER COLUMN "code" SET NOT NULL;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "requestFields" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "RequestCounter" (
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "RequestCounter_pkey" PRIMARY KEY ("agencyId","year")
);

-- CreateTable
CREATE TABLE "ServiceRequest" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "scopeCode" TEXT,
    "applicantId" UUID NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'DIAJUKAN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "applicantName" TEXT NOT NULL,
    "applicantEmail" TEXT NOT NULL,
    "employeeNumberKind" "EmployeeNumberKind" NOT NULL,
    "employeeNumber" TEXT NOT NULL,
    "opdId" UUID,
    "opdName" TEXT NOT NULL,
    "jabatan" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "idempotencyKey" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestDocument" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "requirementCode" TEXT NOT NULL,
    "requirementName" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMPTZ(3),

    CONSTRAINT "RequestDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" "RequestStatus",
    "toStatus" "RequestStatus",
    "actorId" UUID,
    "actorName" TEXT,
    "onBehalfOfId" UUID,
    "visibleToApplicant" BOOLEAN NOT NULL DEFAULT true,
    "message" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevisionRequest" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "createdById" UUID,
    "reason" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RevisionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceRequest_registrationNumber_idx" ON "ServiceRequest"("registrationNumber");

-- CreateIndex
CREATE INDEX "ServiceRequest_applicantId_submittedAt_idx" ON "ServiceRequest"("applicantId", "submittedAt");

-- CreateIndex
CREATE INDEX "ServiceRequest_agencyId_status_submittedAt_idx" ON "ServiceRequest"("agencyId", "status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequest_agencyId_registrationNumber_key" ON "ServiceRequest"("agencyId", "registrationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequest_agencyId_year_sequence_key" ON "ServiceRequest"("agencyId", "year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequest_applicantId_idempotencyKey_key" ON "ServiceRequest"("applicantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "RequestDocument_storageKey_key" ON "RequestDocument"("storageKey");

-- CreateIndex
CREATE INDEX "RequestDocument_agencyId_idx" ON "RequestDocument"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "RequestDocument_requestId_requirementCode_version_key" ON "RequestDocument"("requestId", "requirementCode", "version");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestEvent_agencyId_createdAt_idx" ON "RequestEvent"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "RevisionRequest_requestId_createdAt_idx" ON "RevisionRequest"("requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestDocument" ADD CONSTRAINT "RequestDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionRequest" ADD CONSTRAINT "RevisionRequest_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
