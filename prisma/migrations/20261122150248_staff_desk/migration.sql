-- CreateEnum
CREATE TYPE "StageKind" AS ENUM ('VERIFY', 'DISPOSE', 'EXECUTE');

-- CreateEnum
CREATE TYPE "DispositionUrgency" AS ENUM ('BIASA', 'SEGERA', 'SANGAT_SEGERA');

-- CreateEnum
CREATE TYPE "DelegationKind" AS ENUM ('PLH', 'PLT');

-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "assigneeId" UUID,
ADD COLUMN     "dueAt" TIMESTAMPTZ(3),
ADD COLUMN     "receivedCompleteAt" TIMESTAMPTZ(3),
ADD COLUMN     "resultSummary" TEXT,
ADD COLUMN     "stageEnteredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "stagePosition" INTEGER DEFAULT 1,
ADD COLUMN     "targetReason" TEXT,
ADD COLUMN     "targetWorkingDays" INTEGER;

-- CreateTable
CREATE TABLE "WorkflowStage" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "kind" "StageKind" NOT NULL,
    "normMinutes" INTEGER,
    "normText" TEXT,

    CONSTRAINT "WorkflowStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disposition" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "stagePosition" INTEGER NOT NULL,
    "fromUserId" UUID NOT NULL,
    "fromName" TEXT NOT NULL,
    "fromTitle" TEXT NOT NULL,
    "onBehalfOfId" UUID,
    "onBehalfOfName" TEXT,
    "toUserId" UUID NOT NULL,
    "toName" TEXT NOT NULL,
    "toTitle" TEXT NOT NULL,
    "instructions" TEXT[],
    "note" TEXT,
    "urgency" "DispositionUrgency" NOT NULL DEFAULT 'BIASA',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Disposition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentCheck" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "valid" BOOLEAN NOT NULL,
    "reason" TEXT,
    "checkedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultDocument" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "onBehalfOfId" UUID,
    "visibleToApplicant" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "officialId" UUID NOT NULL,
    "substituteId" UUID NOT NULL,
    "kind" "DelegationKind" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "agencyId" UUID,
    "requestId" UUID,
    "message" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" UUID,
    "requestId" UUID,
    "actorId" UUID,
    "actorName" TEXT,
    "onBehalfOfId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkflowStage_agencyId_idx" ON "WorkflowStage"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowStage_serviceId_position_key" ON "WorkflowStage"("serviceId", "position");

-- CreateIndex
CREATE INDEX "Disposition_requestId_createdAt_idx" ON "Disposition"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Disposition_agencyId_idx" ON "Disposition"("agencyId");

-- CreateIndex
CREATE INDEX "DocumentCheck_requestId_idx" ON "DocumentCheck"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultDocument_storageKey_key" ON "ResultDocument"("storageKey");

-- CreateIndex
CREATE INDEX "ResultDocument_requestId_idx" ON "ResultDocument"("requestId");

-- CreateIndex
CREATE INDEX "RequestNote_requestId_createdAt_idx" ON "RequestNote"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Delegation_agencyId_substituteId_endsAt_idx" ON "Delegation"("agencyId", "substituteId", "endsAt");

-- CreateIndex
CREATE INDEX "Delegation_officialId_idx" ON "Delegation"("officialId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_requestId_id_idx" ON "AuditEntry"("requestId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_agencyId_id_idx" ON "AuditEntry"("agencyId", "id");

-- CreateIndex
CREATE INDEX "ServiceRequest_agencyId_submittedAt_id_idx" ON "ServiceRequest"("agencyId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "ServiceRequest_agencyId_stagePosition_status_idx" ON "ServiceRequest"("agencyId", "stagePosition", "status");

-- CreateIndex
CREATE INDEX "ServiceRequest_assigneeId_status_idx" ON "ServiceRequest"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "ServiceRequest_agencyId_dueAt_id_idx" ON "ServiceRequest"("agencyId", "dueAt", "id");

-- AddForeignKey
ALTER TABLE "WorkflowStage" ADD CONSTRAINT "WorkflowStage_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposition" ADD CONSTRAINT "Disposition_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentCheck" ADD CONSTRAINT "DocumentCheck_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultDocument" ADD CONSTRAINT "ResultDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail is append-only: the database itself refuses changes and deletions.
CREATE FUNCTION "audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_is_append_only"();
CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_is_append_only"();
