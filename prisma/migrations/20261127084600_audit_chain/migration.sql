-- A tamper-evident audit trail (accountability, Art. 5(2) GDPR): every audit
-- event carries its organisation's sequence number, the hash of the event
-- before it and its own hash, so that editing or deleting an event breaks the
-- chain where it happened. lib/audit-chain/verify.ts walks the chain.
--
-- The chain is kept by the database, not the application: a trigger assigns
-- the three columns on every insert, whoever the writer is (recordAudit, the
-- importer's createMany, the seed, tests, raw SQL), and overrides anything
-- the writer supplied.

ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "previousHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- The latest link of each organisation's chain. Without it, deleting the last
-- events would leave a shorter chain that still verifies.
CREATE TABLE "AuditChainHead" (
    "organisationId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("organisationId")
);

ALTER TABLE "AuditChainHead" ADD CONSTRAINT "AuditChainHead_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The hash of one event: SHA-256 over a canonical text of its fields and the
-- previous event's hash. jsonb renders the text (PostgreSQL normalises jsonb:
-- key order, spacing, escapes), so the same stored values always give the
-- same text. actorId is left out on purpose: removing a user sets it to NULL
-- (ON DELETE SET NULL), which is not tampering; actorEmail keeps who it was.
CREATE FUNCTION "audit_event_hash"(
  "id" TEXT, "organisationId" TEXT, "sequence" INTEGER, "previousHash" TEXT, "actorEmail" TEXT, "action" TEXT,
  "entityType" TEXT, "entityId" TEXT, "before" JSONB, "after" JSONB, "createdAt" TIMESTAMP(3)
) RETURNS TEXT
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    'audit-event-v1', "id", "organisationId", "sequence", "previousHash", "actorEmail", "action", "entityType",
    "entityId", "before", "after", "createdAt"
  )::text, 'UTF8')), 'hex')
$$;

-- Chain the events that already exist, per organisation in the order they
-- were written, and record each organisation's head.
DO $$
DECLARE
  event RECORD;
  current_org TEXT := NULL;
  next_sequence INTEGER;
  previous TEXT;
  own TEXT;
BEGIN
  FOR event IN SELECT * FROM "AuditEvent" ORDER BY "organisationId", "createdAt", "id" LOOP
    IF current_org IS DISTINCT FROM event."organisationId" THEN
      IF current_org IS NOT NULL THEN
        INSERT INTO "AuditChainHead" ("organisationId", "sequence", "hash") VALUES (current_org, next_sequence, previous);
      END IF;
      current_org := event."organisationId";
      next_sequence := 0;
      previous := repeat('0', 64);
    END IF;
    next_sequence := next_sequence + 1;
    own := "audit_event_hash"(event."id", event."organisationId", next_sequence, previous, event."actorEmail",
      event."action", event."entityType", event."entityId", event."before", event."after", event."createdAt");
    UPDATE "AuditEvent" SET "sequence" = next_sequence, "previousHash" = previous, "hash" = own WHERE "id" = event."id";
    previous := own;
  END LOOP;
  IF current_org IS NOT NULL THEN
    INSERT INTO "AuditChainHead" ("organisationId", "sequence", "hash") VALUES (current_org, next_sequence, previous);
  END IF;
END;
$$;

-- One chain per organisation: two events can never share a place in it.
CREATE UNIQUE INDEX "AuditEvent_organisationId_sequence_key" ON "AuditEvent"("organisationId", "sequence");

-- Before each insert: link the event to the latest link of its organisation.
-- The first insert of a transaction takes the organisation's head row lock
-- (so concurrent transactions queue instead of forking the chain) and links
-- to the head; the head itself moves only at commit (below), so later inserts
-- of the same transaction link to the transaction's own latest event, kept in
-- a transaction-local setting. A setting, not a lookup in "AuditEvent": it
-- costs nothing per row and no query plan can turn an import of thousands of
-- events into a scan per row. Like the rows, the setting is undone by a
-- rollback, also to a savepoint.
CREATE FUNCTION "audit_chain_link_key"("organisationId" TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'ropa_audit_chain.o' || md5("organisationId")
$$;

CREATE FUNCTION "audit_event_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  link_key TEXT := "audit_chain_link_key"(NEW."organisationId");
  link TEXT := current_setting(link_key, true);
  last_sequence INTEGER;
  last_hash TEXT;
BEGIN
  -- An unset setting reads as NULL, or as '' once a transaction of this
  -- session has set it before.
  IF coalesce(link, '') = '' THEN
    SELECT "sequence", "hash" INTO last_sequence, last_hash
    FROM "AuditChainHead" WHERE "organisationId" = NEW."organisationId" FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO "AuditChainHead" ("organisationId", "sequence", "hash")
      VALUES (NEW."organisationId", 0, repeat('0', 64))
      ON CONFLICT ("organisationId") DO NOTHING;
      SELECT "sequence", "hash" INTO last_sequence, last_hash
      FROM "AuditChainHead" WHERE "organisationId" = NEW."organisationId" FOR UPDATE;
    END IF;
  ELSE
    last_sequence := split_part(link, ' ', 1)::INTEGER;
    last_hash := split_part(link, ' ', 2);
  END IF;

  NEW."sequence" := last_sequence + 1;
  NEW."previousHash" := last_hash;
  NEW."hash" := "audit_event_hash"(NEW."id", NEW."organisationId", NEW."sequence", NEW."previousHash", NEW."actorEmail",
    NEW."action", NEW."entityType", NEW."entityId", NEW."before", NEW."after", NEW."createdAt");
  PERFORM set_config(link_key, NEW."sequence" || ' ' || NEW."hash", true);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditEvent_chain"
BEFORE INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();

-- At commit, move the head to the transaction's latest link. Deferred so that
-- the head row changes once per transaction: updating it on every insert
-- makes a transaction of n events cost O(n²), as each update adds a row
-- version that the next lookup walks past, and an import writes thousands.
CREATE FUNCTION "audit_chain_head_advance"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  link TEXT := current_setting("audit_chain_link_key"(NEW."organisationId"), true);
  last_sequence INTEGER;
BEGIN
  IF coalesce(link, '') = '' THEN
    RETURN NULL;
  END IF;
  last_sequence := split_part(link, ' ', 1)::INTEGER;
  UPDATE "AuditChainHead"
  SET "sequence" = last_sequence, "hash" = split_part(link, ' ', 2), "updatedAt" = CURRENT_TIMESTAMP
  WHERE "organisationId" = NEW."organisationId" AND "sequence" < last_sequence;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "AuditEvent_chain_head"
AFTER INSERT ON "AuditEvent"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "audit_chain_head_advance"();
