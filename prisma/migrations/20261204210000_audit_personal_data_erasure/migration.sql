-- The audit trail stays append-only, with one narrow exception for personal-data erasure
-- (UU 27/2022: audit rows keep the fact, not the personal data). Inside a transaction that sets
-- `loket.erasing_personal_data` to 'on' (SET LOCAL / set_config(..., true)), an UPDATE may change
-- only "actorName", "before" and "after"; what happened, to what, when, by which account id and
-- for which agency and request never changes, and rows are never deleted.
CREATE OR REPLACE FUNCTION "audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('loket.erasing_personal_data', true) = 'on'
     AND NEW."id" = OLD."id"
     AND NEW."agencyId" IS NOT DISTINCT FROM OLD."agencyId"
     AND NEW."requestId" IS NOT DISTINCT FROM OLD."requestId"
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND NEW."onBehalfOfId" IS NOT DISTINCT FROM OLD."onBehalfOfId"
     AND NEW."action" = OLD."action"
     AND NEW."entity" = OLD."entity"
     AND NEW."entityId" IS NOT DISTINCT FROM OLD."entityId"
     AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
