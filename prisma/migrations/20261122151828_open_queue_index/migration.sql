-- CreateIndex
CREATE INDEX "ServiceRequest_open_agencyId_dueAt_id_idx" ON "ServiceRequest"("agencyId", "dueAt", "id") WHERE ("stagePosition" IS NOT NULL);

-- A request has a stage exactly while it is open; queues rely on it (partial index above).
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_stage_iff_open"
  CHECK (("status" IN ('SELESAI', 'DITOLAK', 'DIBATALKAN')) = ("stagePosition" IS NULL));
