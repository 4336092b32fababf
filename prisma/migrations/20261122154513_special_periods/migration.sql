-- CreateTable
CREATE TABLE "SpecialPeriod" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "workingHours" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecialPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpecialPeriod_agencyId_startsOn_idx" ON "SpecialPeriod"("agencyId", "startsOn");

-- AddForeignKey
ALTER TABLE "SpecialPeriod" ADD CONSTRAINT "SpecialPeriod_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
