-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "multipleScopes" BOOLEAN NOT NULL DEFAULT false;

-- Bulungan's standard asks for hosting, subdomain and email in one letter (databases seeded before
-- this setting existed get it here; new ones from the seed).
UPDATE "Service" SET "multipleScopes" = true
WHERE "slug" = 'hosting-subdomain-email' AND "agencyId" IN (SELECT "id" FROM "Agency" WHERE "slug" = 'bulungan');
