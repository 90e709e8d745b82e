-- "None" is an answer (Art. 30(1)(d), (e), (g); Art. 9(1), 10), distinct from
-- "not recorded".
ALTER TABLE "ProcessingActivity"
  ADD COLUMN "recipientsNone" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "transfersNone" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "securityMeasuresNone" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "specialCategoriesNone" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "consentWithdrawalUrl" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "consentWithdrawalInstructions" TEXT NOT NULL DEFAULT '';

-- Automated decision-making becomes a question with three answers. A stored
-- false was the column's default and says nothing about whether anyone
-- answered, so it becomes "not recorded"; true stays true.
ALTER TABLE "ProcessingActivity" ALTER COLUMN "automatedDecisionMaking" DROP DEFAULT;
ALTER TABLE "ProcessingActivity" ALTER COLUMN "automatedDecisionMaking" DROP NOT NULL;
UPDATE "ProcessingActivity" SET "automatedDecisionMaking" = NULL WHERE "automatedDecisionMaking" = false;

-- Direct marketing (Art. 21(2)-(4)) becomes a field of the purpose. Purposes
-- whose wording the previous heuristic recognised keep being treated so.
ALTER TABLE "Purpose" ADD COLUMN "directMarketing" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Purpose" SET "directMarketing" = true
  WHERE "description" ~* '\m(direct marketing|newsletter|direktwerbung|werbung)\M';

-- Art. 28(3): the agreement's status. Where a signing date or a reference was
-- recorded, an agreement is in place.
CREATE TYPE "DpaStatus" AS ENUM ('IN_PLACE', 'NOT_REQUIRED', 'MISSING', 'UNDER_REVIEW');
ALTER TABLE "Recipient"
  ADD COLUMN "dpaStatus" "DpaStatus" NOT NULL DEFAULT 'MISSING',
  ADD COLUMN "dpaNotRequiredReason" TEXT NOT NULL DEFAULT '';
UPDATE "Recipient" SET "dpaStatus" = 'IN_PLACE'
  WHERE "dpaSignedOn" IS NOT NULL OR "dpaReference" <> '';

-- Where a version came from, and the findings it was published with. Rows
-- already written keep the defaults: the immutability trigger refuses UPDATE,
-- and ALTER TABLE ... ADD COLUMN with a default does not fire it.
CREATE TYPE "PolicyVersionOrigin" AS ENUM ('PUBLISHED', 'RECORDED');
ALTER TABLE "PolicyVersion"
  ADD COLUMN "origin" "PolicyVersionOrigin" NOT NULL DEFAULT 'PUBLISHED',
  ADD COLUMN "findings" JSONB NOT NULL DEFAULT '[]';
