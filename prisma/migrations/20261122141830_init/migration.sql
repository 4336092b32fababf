-- CreateEnum
CREATE TYPE "AgencyLevel" AS ENUM ('PROVINSI', 'KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "StandardComponentKey" AS ENUM ('PERSYARATAN', 'PROSEDUR', 'JANGKA_WAKTU', 'BIAYA', 'PRODUK', 'PENGADUAN', 'DASAR_HUKUM', 'SARANA', 'KOMPETENSI', 'PENGAWASAN', 'JUMLAH_PELAKSANA', 'JAMINAN_PELAYANAN', 'JAMINAN_KEAMANAN', 'EVALUASI_KINERJA');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "unitName" TEXT,
    "level" "AgencyLevel" NOT NULL,
    "region" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "domain" TEXT,
    "address" TEXT,
    "contactChannels" JSONB NOT NULL DEFAULT '[]',
    "complaintChannels" JSONB NOT NULL DEFAULT '[]',
    "complaintFlow" JSONB,
    "complaintDeadlines" JSONB NOT NULL DEFAULT '[]',
    "maklumat" TEXT,
    "workingHours" JSONB NOT NULL,
    "sourceNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opd" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "categoryId" UUID,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officialNumber" TEXT,
    "establishedOn" DATE,
    "status" "ServiceStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "summary" TEXT NOT NULL,
    "description" JSONB,
    "definitions" JSONB NOT NULL DEFAULT '[]',
    "generalProvisions" JSONB,
    "recipientsText" JSONB,
    "allowsAsn" BOOLEAN NOT NULL DEFAULT true,
    "allowsNonAsn" BOOLEAN NOT NULL DEFAULT false,
    "allowsPublic" BOOLEAN NOT NULL DEFAULT false,
    "allowedEmailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "slaText" TEXT,
    "slaPolicy" JSONB,
    "availabilityTarget" INTEGER,
    "extraSections" JSONB NOT NULL DEFAULT '[]',
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceNote" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceScope" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" JSONB,
    "slaText" TEXT,
    "slaPolicy" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceScope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceStandardComponent" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "key" "StandardComponentKey" NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "ServiceStandardComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceDocumentRequirement" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "allowedTypes" TEXT[],
    "maxSizeBytes" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceDocumentRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureStep" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "actor" TEXT,
    "description" TEXT NOT NULL,
    "inputs" TEXT,
    "normText" TEXT,
    "normMinutes" INTEGER,
    "output" TEXT,

    CONSTRAINT "ProcedureStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE INDEX "Category_agencyId_position_idx" ON "Category"("agencyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Category_agencyId_slug_key" ON "Category"("agencyId", "slug");

-- CreateIndex
CREATE INDEX "Opd_agencyId_active_idx" ON "Opd"("agencyId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_agencyId_name_key" ON "Opd"("agencyId", "name");

-- CreateIndex
CREATE INDEX "Service_agencyId_status_position_idx" ON "Service"("agencyId", "status", "position");

-- CreateIndex
CREATE INDEX "Service_status_position_idx" ON "Service"("status", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Service_agencyId_slug_key" ON "Service"("agencyId", "slug");

-- CreateIndex
CREATE INDEX "ServiceScope_agencyId_idx" ON "ServiceScope"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceScope_serviceId_code_key" ON "ServiceScope"("serviceId", "code");

-- CreateIndex
CREATE INDEX "ServiceStandardComponent_agencyId_idx" ON "ServiceStandardComponent"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceStandardComponent_serviceId_key_key" ON "ServiceStandardComponent"("serviceId", "key");

-- CreateIndex
CREATE INDEX "ServiceDocumentRequirement_agencyId_idx" ON "ServiceDocumentRequirement"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceDocumentRequirement_serviceId_code_key" ON "ServiceDocumentRequirement"("serviceId", "code");

-- CreateIndex
CREATE INDEX "ProcedureStep_agencyId_idx" ON "ProcedureStep"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureStep_serviceId_position_key" ON "ProcedureStep"("serviceId", "position");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opd" ADD CONSTRAINT "Opd_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceScope" ADD CONSTRAINT "ServiceScope_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceScope" ADD CONSTRAINT "ServiceScope_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStandardComponent" ADD CONSTRAINT "ServiceStandardComponent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStandardComponent" ADD CONSTRAINT "ServiceStandardComponent_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceDocumentRequirement" ADD CONSTRAINT "ServiceDocumentRequirement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceDocumentRequirement" ADD CONSTRAINT "ServiceDocumentRequirement_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
