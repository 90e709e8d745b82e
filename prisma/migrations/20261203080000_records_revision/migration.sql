-- A per-organisation revision of the records that policies and the register's
-- completeness are computed from, and the results stored at a revision.
-- The dashboard, the policies list and the versions page read the stored drift
-- and completeness while the revision has not moved, instead of composing
-- every policy and judging every activity on each request.

CREATE TABLE "RecordsRevision" (
    "organisationId" TEXT NOT NULL,
    "revision" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "RecordsRevision_pkey" PRIMARY KEY ("organisationId")
);

CREATE TABLE "RecordsRevisionPending" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "RecordsRevisionPending_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PolicyDriftState" (
    "policyId" TEXT NOT NULL,
    "revision" BIGINT NOT NULL,
    "state" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyDriftState_pkey" PRIMARY KEY ("policyId")
);

CREATE TABLE "CompletenessCache" (
    "organisationId" TEXT NOT NULL,
    "revision" BIGINT NOT NULL,
    "day" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompletenessCache_pkey" PRIMARY KEY ("organisationId")
);

ALTER TABLE "RecordsRevision" ADD CONSTRAINT "RecordsRevision_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PolicyDriftState" ADD CONSTRAINT "PolicyDriftState_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CompletenessCache" ADD CONSTRAINT "CompletenessCache_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "RecordsRevision" ("organisationId", "revision") SELECT "id", 1 FROM "Organisation";

-- The revision moves when the changing transaction commits, not at each
-- statement. Moving it at the statement would lock the organisation's
-- revision row from a transaction's first change to its commit, and a bulk
-- change (which goes on to lock one activity after another) would deadlock
-- with a single edit of one of those activities waiting for the row — the
-- reason the audit chain links at commit too. Here each statement only notes
-- the organisations it touched, once per transaction (a pending row, with a
-- transaction-local setting so that it is noted once), and a deferred trigger
-- on the pending row moves the revision while committing, when the
-- transaction waits for nothing else. A rollback, also to a savepoint, undoes
-- the note with the change.
--
-- Because the revision moves in the same commit that makes the change
-- visible, a reader that reads the revision, computes, and stores its result
-- only if the revision is still the one it read can never store a result
-- older than the revision it is stored under.
CREATE FUNCTION "records_revision_note"("organisationId" TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  setting TEXT := 'ropa_records.pending_' || md5("organisationId");
BEGIN
  -- An unset setting reads as NULL, or as '' once an earlier transaction of this session set it.
  IF coalesce(current_setting(setting, true), '') = '' THEN
    PERFORM set_config(setting, '1', true);
    INSERT INTO "RecordsRevisionPending" ("organisationId") VALUES ("organisationId");
  END IF;
END;
$$;

-- Statement-level, for every table a composed policy or the completeness
-- reads. TG_ARGV[0] is a query giving the organisation of each row of
-- "changed_rows" (the statement's transition table).
CREATE FUNCTION "records_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  organisation TEXT;
  sources TEXT[];
  source TEXT;
BEGIN
  sources := CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows'] ELSE ARRAY['new_rows', 'old_rows'] END;
  FOREACH source IN ARRAY sources LOOP
    -- In a fixed order: a statement touching several organisations (a country's
    -- adequacy) locks their revisions at commit in the order noted here.
    FOR organisation IN EXECUTE 'SELECT DISTINCT o FROM (' || replace(TG_ARGV[0], 'changed_rows', source) || ') AS t(o) WHERE o IS NOT NULL ORDER BY o' LOOP
      PERFORM "records_revision_note"(organisation);
    END LOOP;
  END LOOP;
  RETURN NULL;
END;
$$;

-- At commit: lock the organisation's audit chain head first, as the audit
-- chain's own commit trigger does, so that two committing transactions always
-- take the two rows in the same order (one that wrote an audit event before
-- its first record change fires the audit trigger first, one that did not
-- fires this one first). An organisation deleted in the same transaction has
-- no revision left to move.
CREATE FUNCTION "records_revision_commit"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RecordsRevisionPending" WHERE "id" = NEW."id";
  PERFORM 1 FROM "AuditChainHead" WHERE "organisationId" = NEW."organisationId" FOR UPDATE;
  INSERT INTO "RecordsRevision" ("organisationId", "revision")
  SELECT NEW."organisationId", 1 WHERE EXISTS (SELECT 1 FROM "Organisation" WHERE "id" = NEW."organisationId")
  ON CONFLICT ("organisationId") DO UPDATE SET "revision" = "RecordsRevision"."revision" + 1;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "RecordsRevisionPending_commit"
AFTER INSERT ON "RecordsRevisionPending"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "records_revision_commit"();

DO $$
DECLARE
  target RECORD;
  operation TEXT;
BEGIN
  FOR target IN SELECT * FROM (VALUES
    ('Organisation', 'SELECT "id" FROM changed_rows'),
    ('ProcessingActivity', 'SELECT "organisationId" FROM changed_rows'),
    ('LegalBasis', 'SELECT "organisationId" FROM changed_rows'),
    ('DataCategory', 'SELECT "organisationId" FROM changed_rows'),
    ('DataSubjectCategory', 'SELECT "organisationId" FROM changed_rows'),
    ('SecurityMeasure', 'SELECT "organisationId" FROM changed_rows'),
    ('Recipient', 'SELECT "organisationId" FROM changed_rows'),
    ('Policy', 'SELECT "organisationId" FROM changed_rows'),
    ('PolicyVersion', 'SELECT p."organisationId" FROM changed_rows r JOIN "Policy" p ON p."id" = r."policyId"'),
    ('Purpose', 'SELECT a."organisationId" FROM changed_rows r JOIN "ProcessingActivity" a ON a."id" = r."activityId"'),
    ('Transfer', 'SELECT a."organisationId" FROM changed_rows r JOIN "ProcessingActivity" a ON a."id" = r."activityId"'),
    -- The link tables, through the catalogue entry: it outlives the cascade from a deleted activity.
    ('PurposeLegalBasis', 'SELECT b."organisationId" FROM changed_rows r JOIN "LegalBasis" b ON b."id" = r."legalBasisId"'),
    ('ActivityDataSubject', 'SELECT c."organisationId" FROM changed_rows r JOIN "DataSubjectCategory" c ON c."id" = r."dataSubjectCategoryId"'),
    ('ActivityDataCategory', 'SELECT c."organisationId" FROM changed_rows r JOIN "DataCategory" c ON c."id" = r."dataCategoryId"'),
    ('ActivityRecipient', 'SELECT c."organisationId" FROM changed_rows r JOIN "Recipient" c ON c."id" = r."recipientId"'),
    ('ActivitySecurityMeasure', 'SELECT c."organisationId" FROM changed_rows r JOIN "SecurityMeasure" c ON c."id" = r."securityMeasureId"'),
    -- Countries are shared: a change (an adequacy decision) concerns every organisation.
    ('Country', 'SELECT o."id" FROM "Organisation" o WHERE EXISTS (SELECT 1 FROM changed_rows)')
  ) AS t("name", "query") LOOP
    FOREACH operation IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "records_changed"(%L)',
        target."name" || '_records_' || lower(operation),
        operation,
        target."name",
        CASE operation WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        target."query"
      );
    END LOOP;
  END LOOP;
END;
$$;
