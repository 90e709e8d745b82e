-- Published policy versions are a public record of what the controller told
-- data subjects (Art. 13/14 GDPR, accountability under Art. 5(2)): once
-- written, a version is never changed. The application never updates or
-- deletes one; this makes the database refuse it too.
--
-- UPDATE is always refused. DELETE is refused while the policy the version
-- belongs to still exists, so a version cannot be removed on its own; when the
-- policy (or its organisation) is deleted, the ON DELETE CASCADE from "Policy"
-- removes the versions after the policy row is gone, and those deletes pass.
CREATE FUNCTION "policy_version_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'Published policy versions cannot be changed (PolicyVersion %)', OLD."id"
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM "Policy" WHERE "id" = OLD."policyId") THEN
    RAISE EXCEPTION 'Published policy versions cannot be deleted while their policy exists (PolicyVersion %)', OLD."id"
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "PolicyVersion_immutable"
BEFORE UPDATE OR DELETE ON "PolicyVersion"
FOR EACH ROW EXECUTE FUNCTION "policy_version_immutable"();
