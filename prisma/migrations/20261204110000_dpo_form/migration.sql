-- The DPO's form of address, for the gender of the title in the policies.
CREATE TYPE "DpoForm" AS ENUM ('FEMININE', 'MASCULINE');

ALTER TABLE "Organisation" ADD COLUMN "dpoForm" "DpoForm";
