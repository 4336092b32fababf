-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "city" TEXT;

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "appointedById" UUID,
ADD COLUMN     "appointedByName" TEXT,
ADD COLUMN     "postTitle" TEXT,
ADD COLUMN     "role" "Role",
ALTER COLUMN "officialId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Disposition" ADD COLUMN     "visibleToApplicant" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "nip" TEXT;

-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "letterDate" DATE,
ADD COLUMN     "letterNumber" TEXT,
ADD COLUMN     "scopeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Requests filed before several lingkup per request keep their one lingkup.
UPDATE "ServiceRequest" SET "scopeCodes" = ARRAY["scopeCode"] WHERE "scopeCode" IS NOT NULL;
