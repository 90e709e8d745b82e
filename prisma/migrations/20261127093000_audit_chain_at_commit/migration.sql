-- The audit chain is now assigned when the inserting transaction commits,
-- not at each insert. Linking at insert time took the organisation's chain
-- head lock at the first audit event and held it until commit, so a
-- transaction that went on to lock records after writing an event (a bulk
-- change writes one event per activity) could deadlock with a single edit of
-- one of those records that was waiting for the head. Now the head lock is
-- taken only while committing, when the transaction waits for nothing else.
--
-- Until its transaction commits an event has no sequence (NULL) and empty
-- hashes; nobody else can see it before then.

ALTER TABLE "AuditEvent" ALTER COLUMN "sequence" DROP NOT NULL,
ALTER COLUMN "sequence" DROP DEFAULT;

DROP TRIGGER "AuditEvent_chain" ON "AuditEvent";
DROP TRIGGER "AuditEvent_chain_head" ON "AuditEvent";
DROP FUNCTION "audit_event_chain"();
DROP FUNCTION "audit_chain_head_advance"();
DROP FUNCTION "audit_chain_link_key"(TEXT);

-- Transaction-local settings per organisation: "link" is the latest link
-- this transaction made ("<sequence> <hash>"), "last" the id of the last
-- event it inserted. Settings, unlike a table, cost nothing per row, and a
-- rollback (also to a savepoint) undoes them together with the rows.
CREATE FUNCTION "audit_chain_setting"("kind" TEXT, "organisationId" TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'ropa_audit_chain.' || "kind" || '_' || md5("organisationId")
$$;

-- On insert: clear whatever the writer supplied, remember the last event.
CREATE FUNCTION "audit_event_pending"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."sequence" := NULL;
  NEW."previousHash" := '';
  NEW."hash" := '';
  PERFORM set_config("audit_chain_setting"('last', NEW."organisationId"), NEW."id", true);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditEvent_pending"
BEFORE INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_pending"();

-- At commit, for each event in the order it was inserted: the first one
-- locks the organisation's head row (concurrent committers queue there
-- instead of forking the chain) and links to the head; the following ones
-- link to the one before. The event is hashed as it stands at commit. After
-- the transaction's last event the head moves, once: updating it per event
-- would cost O(n²) for n events, as each update adds a row version that the
-- next lookup walks past. An event deleted before commit (its organisation
-- deleted in the same transaction, say) is skipped.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  link_setting TEXT := "audit_chain_setting"('link', NEW."organisationId");
  link TEXT := current_setting(link_setting, true);
  event "AuditEvent"%ROWTYPE;
  last_sequence INTEGER;
  last_hash TEXT;
  own_hash TEXT;
BEGIN
  SELECT * INTO event FROM "AuditEvent" WHERE "id" = NEW."id";
  IF FOUND THEN
    -- An unset setting reads as NULL, or as '' once an earlier transaction of
    -- this session has set it.
    IF coalesce(link, '') = '' THEN
      SELECT "sequence", "hash" INTO last_sequence, last_hash
      FROM "AuditChainHead" WHERE "organisationId" = event."organisationId" FOR UPDATE;
      IF NOT FOUND THEN
        INSERT INTO "AuditChainHead" ("organisationId", "sequence", "hash")
        VALUES (event."organisationId", 0, repeat('0', 64))
        ON CONFLICT ("organisationId") DO NOTHING;
        SELECT "sequence", "hash" INTO last_sequence, last_hash
        FROM "AuditChainHead" WHERE "organisationId" = event."organisationId" FOR UPDATE;
      END IF;
    ELSE
      last_sequence := split_part(link, ' ', 1)::INTEGER;
      last_hash := split_part(link, ' ', 2);
    END IF;

    own_hash := "audit_event_hash"(event."id", event."organisationId", last_sequence + 1, last_hash, event."actorEmail",
      event."action", event."entityType", event."entityId", event."before", event."after", event."createdAt");
    UPDATE "AuditEvent" SET "sequence" = last_sequence + 1, "previousHash" = last_hash, "hash" = own_hash
    WHERE "id" = event."id";
    link := (last_sequence + 1) || ' ' || own_hash;
    PERFORM set_config(link_setting, link, true);
  END IF;

  IF NEW."id" = current_setting("audit_chain_setting"('last', NEW."organisationId"), true) AND coalesce(link, '') <> '' THEN
    UPDATE "AuditChainHead"
    SET "sequence" = split_part(link, ' ', 1)::INTEGER, "hash" = split_part(link, ' ', 2), "updatedAt" = CURRENT_TIMESTAMP
    WHERE "organisationId" = NEW."organisationId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "AuditEvent_chain"
AFTER INSERT ON "AuditEvent"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
