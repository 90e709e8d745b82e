-- Records in several languages: the organisation's languages, one row per
-- translated text and language, and the texts kept as written in every
-- language (proper names). See lib/translations.

ALTER TABLE "Organisation" ADD COLUMN "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[];
UPDATE "Organisation" SET "languages" = ARRAY["defaultLanguage"];

CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "VerbatimText" (
    "organisationId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerbatimText_pkey" PRIMARY KEY ("organisationId","entityType","entityId","field")
);

CREATE UNIQUE INDEX "Translation_text_language_key" ON "Translation"("organisationId", "entityType", "entityId", "field", "language");
CREATE INDEX "Translation_organisationId_language_idx" ON "Translation"("organisationId", "language");

ALTER TABLE "Translation" ADD CONSTRAINT "Translation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "VerbatimText" ADD CONSTRAINT "VerbatimText_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A translation changes what a policy in that language says: it moves the
-- records revision like any other change to the records
-- (20261203080000_records_revision).
DO $$
DECLARE
  target TEXT;
  operation TEXT;
BEGIN
  FOREACH target IN ARRAY ARRAY['Translation', 'VerbatimText'] LOOP
    FOREACH operation IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "records_changed"(%L)',
        target || '_records_' || lower(operation),
        operation,
        target,
        CASE operation WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        'SELECT "organisationId" FROM changed_rows'
      );
    END LOOP;
  END LOOP;
END;
$$;
