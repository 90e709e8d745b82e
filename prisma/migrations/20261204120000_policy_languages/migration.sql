-- One policy, several language versions (issue 13): a policy is published in
-- a set of the organisation's languages at once, and each published version
-- number has one row per language.

-- The languages a policy is published in, first the one a recorded (imported)
-- version belongs to. Existing policies keep the one language they had.
ALTER TABLE "Policy" ADD COLUMN "languages" TEXT[] NOT NULL DEFAULT ARRAY['en']::TEXT[];
UPDATE "Policy" SET "languages" = ARRAY["language"];

-- The title in the policy's languages other than the organisation's default
-- ("title" stays the default-language text, like the records' own columns).
-- A policy written in a language other than the default keeps its title as
-- that language's title, so its published text does not change.
ALTER TABLE "Policy" ADD COLUMN "titles" JSONB NOT NULL DEFAULT '{}'::JSONB;
UPDATE "Policy" p SET "titles" = jsonb_build_object(p."language", p."title")
FROM "Organisation" o
WHERE o."id" = p."organisationId" AND o."defaultLanguage" <> p."language";

-- Likewise the DPO's Markdown sections of such a policy: their text becomes
-- that language's translation, made from the text as it stands (sourceHash of
-- heading and body as lib/policies/markdown-translation.ts joins them, hashed
-- as lib/translations/hash.ts does: sha256 of the trimmed text, 32 hex digits).
UPDATE "Policy" p SET "sections" = (
  SELECT COALESCE(jsonb_agg(
    CASE WHEN s->>'type' = 'markdown' THEN
      s || jsonb_build_object('translations', jsonb_build_object(p."language", jsonb_build_object(
        'title', s->>'title',
        'body', s->>'body',
        'sourceHash', left(encode(sha256(convert_to(regexp_replace((s->>'title') || E'\n\n' || (s->>'body'), '^\s+|\s+$', '', 'g'), 'UTF8')), 'hex'), 32))))
    ELSE s END ORDER BY ord), '[]'::JSONB)
  FROM jsonb_array_elements(p."sections") WITH ORDINALITY AS e(s, ord)
)
FROM "Organisation" o
WHERE o."id" = p."organisationId" AND o."defaultLanguage" <> p."language" AND jsonb_typeof(p."sections") = 'array';

-- Each version row is one language of one version. Versions are immutable
-- (policy_versions_immutable): the trigger is paused only to carry the
-- language of existing rows over from their policy.
ALTER TABLE "PolicyVersion" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "PolicyVersion" DISABLE TRIGGER "PolicyVersion_immutable";
UPDATE "PolicyVersion" v SET "language" = p."language" FROM "Policy" p WHERE p."id" = v."policyId";
ALTER TABLE "PolicyVersion" ENABLE TRIGGER "PolicyVersion_immutable";

DROP INDEX "PolicyVersion_policyId_number_key";
CREATE UNIQUE INDEX "PolicyVersion_policyId_number_language_key" ON "PolicyVersion"("policyId", "number", "language");

ALTER TABLE "Policy" DROP COLUMN "language";
