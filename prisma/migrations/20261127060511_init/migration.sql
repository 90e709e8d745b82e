-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'DPO', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "LegalBasisArticle" AS ENUM ('ART6', 'ART9', 'ART10', 'NATIONAL');

-- CreateEnum
CREATE TYPE "SecurityMeasureGroup" AS ENUM ('ACCESS_CONTROL', 'ENCRYPTION', 'PSEUDONYMISATION', 'BACKUP', 'LOGGING', 'NETWORK', 'PHYSICAL', 'ORGANISATIONAL', 'PROCESSOR_CONTROL', 'OTHER');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('INTERNAL', 'PROCESSOR', 'SUB_PROCESSOR', 'CONTROLLER', 'PUBLIC_AUTHORITY', 'JOINT_CONTROLLER', 'CLIENT_CONTROLLER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "ProcessingRole" AS ENUM ('CONTROLLER', 'JOINT_CONTROLLER', 'PROCESSOR');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('DATA_SUBJECT', 'OTHER', 'BOTH');

-- CreateEnum
CREATE TYPE "DpiaStatus" AS ENUM ('NOT_ASSESSED', 'NOT_REQUIRED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ProvisionRequirement" AS ENUM ('NOT_SPECIFIED', 'VOLUNTARY', 'STATUTORY', 'CONTRACTUAL', 'CONTRACT_PREREQUISITE');

-- CreateEnum
CREATE TYPE "ActivityPartyRole" AS ENUM ('RECIPIENT', 'JOINT_CONTROLLER', 'CLIENT_CONTROLLER');

-- CreateEnum
CREATE TYPE "TransferSafeguard" AS ENUM ('ADEQUACY', 'SCC', 'BCR', 'DEROGATION', 'OTHER');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "privacyContactName" TEXT NOT NULL DEFAULT '',
    "privacyContactEmail" TEXT NOT NULL DEFAULT '',
    "privacyContactAddress" TEXT NOT NULL DEFAULT '',
    "representativeName" TEXT NOT NULL DEFAULT '',
    "representativeAddress" TEXT NOT NULL DEFAULT '',
    "representativeEmail" TEXT NOT NULL DEFAULT '',
    "representativePhone" TEXT NOT NULL DEFAULT '',
    "dpoName" TEXT NOT NULL DEFAULT '',
    "dpoOrganisation" TEXT NOT NULL DEFAULT '',
    "dpoAddress" TEXT NOT NULL DEFAULT '',
    "dpoEmail" TEXT NOT NULL DEFAULT '',
    "dpoPhone" TEXT NOT NULL DEFAULT '',
    "supervisoryAuthorityName" TEXT NOT NULL DEFAULT '',
    "supervisoryAuthorityWebsite" TEXT NOT NULL DEFAULT '',
    "defaultLanguage" TEXT NOT NULL DEFAULT 'en',
    "reviewIntervalMonths" INTEGER NOT NULL DEFAULT 12,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "eea" BOOLEAN NOT NULL DEFAULT false,
    "adequacy" BOOLEAN NOT NULL DEFAULT false,
    "adequacyNote" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "LegalBasis" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "article" "LegalBasisArticle" NOT NULL,
    "letter" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LegalBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataCategory" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "special" BOOLEAN NOT NULL DEFAULT false,
    "criminal" BOOLEAN NOT NULL DEFAULT false,
    "defaultRetention" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DataCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSubjectCategory" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DataSubjectCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityMeasure" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "group" "SecurityMeasureGroup" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SecurityMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recipient" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "RecipientKind" NOT NULL,
    "name" TEXT NOT NULL,
    "contactName" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "countryCode" CHAR(2),
    "website" TEXT NOT NULL DEFAULT '',
    "services" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,
    "dpaSignedOn" DATE,
    "dpaReference" TEXT NOT NULL DEFAULT '',
    "dpaNextReviewOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessingActivity" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "department" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "role" "ProcessingRole" NOT NULL DEFAULT 'CONTROLLER',
    "jointControllerArrangement" TEXT NOT NULL DEFAULT '',
    "dataSource" "DataSource" NOT NULL DEFAULT 'DATA_SUBJECT',
    "dataSourceDescription" TEXT NOT NULL DEFAULT '',
    "publicSources" BOOLEAN NOT NULL DEFAULT false,
    "dpiaRequired" BOOLEAN,
    "dpiaStatus" "DpiaStatus" NOT NULL DEFAULT 'NOT_ASSESSED',
    "dpiaReference" TEXT NOT NULL DEFAULT '',
    "automatedDecisionMaking" BOOLEAN NOT NULL DEFAULT false,
    "automatedDecisionLogic" TEXT NOT NULL DEFAULT '',
    "automatedDecisionConsequences" TEXT NOT NULL DEFAULT '',
    "provisionRequirement" "ProvisionRequirement" NOT NULL DEFAULT 'NOT_SPECIFIED',
    "provisionConsequences" TEXT NOT NULL DEFAULT '',
    "storageLocation" TEXT NOT NULL DEFAULT '',
    "securityDescription" TEXT NOT NULL DEFAULT '',
    "lastReviewedOn" DATE,
    "nextReviewOn" DATE,
    "publicTitle" TEXT NOT NULL DEFAULT '',
    "publicDescription" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "ProcessingActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Purpose" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL,
    "legitimateInterests" TEXT NOT NULL DEFAULT '',
    "balancingTestReference" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Purpose_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurposeLegalBasis" (
    "purposeId" TEXT NOT NULL,
    "legalBasisId" TEXT NOT NULL,

    CONSTRAINT "PurposeLegalBasis_pkey" PRIMARY KEY ("purposeId","legalBasisId")
);

-- CreateTable
CREATE TABLE "ActivityDataSubject" (
    "activityId" TEXT NOT NULL,
    "dataSubjectCategoryId" TEXT NOT NULL,

    CONSTRAINT "ActivityDataSubject_pkey" PRIMARY KEY ("activityId","dataSubjectCategoryId")
);

-- CreateTable
CREATE TABLE "ActivityDataCategory" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "dataCategoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "details" TEXT NOT NULL DEFAULT '',
    "retention" TEXT NOT NULL DEFAULT '',
    "art9ConditionId" TEXT,

    CONSTRAINT "ActivityDataCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRecipient" (
    "activityId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "role" "ActivityPartyRole" NOT NULL DEFAULT 'RECIPIENT',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActivityRecipient_pkey" PRIMARY KEY ("activityId","recipientId","role")
);

-- CreateTable
CREATE TABLE "Transfer" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "recipientId" TEXT,
    "safeguard" "TransferSafeguard",
    "safeguardDetails" TEXT NOT NULL DEFAULT '',
    "safeguardReference" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivitySecurityMeasure" (
    "activityId" TEXT NOT NULL,
    "securityMeasureId" TEXT NOT NULL,

    CONSTRAINT "ActivitySecurityMeasure_pkey" PRIMARY KEY ("activityId","securityMeasureId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "sections" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT,
    "changeSummary" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "html" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_key" ON "Membership"("userId", "organisationId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "LegalBasis_organisationId_idx" ON "LegalBasis"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "LegalBasis_organisationId_citation_key" ON "LegalBasis"("organisationId", "citation");

-- CreateIndex
CREATE UNIQUE INDEX "DataCategory_organisationId_name_key" ON "DataCategory"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectCategory_organisationId_name_key" ON "DataSubjectCategory"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityMeasure_organisationId_name_key" ON "SecurityMeasure"("organisationId", "name");

-- CreateIndex
CREATE INDEX "Recipient_organisationId_kind_idx" ON "Recipient"("organisationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Recipient_organisationId_name_key" ON "Recipient"("organisationId", "name");

-- CreateIndex
CREATE INDEX "ProcessingActivity_organisationId_status_idx" ON "ProcessingActivity"("organisationId", "status");

-- CreateIndex
CREATE INDEX "ProcessingActivity_organisationId_nextReviewOn_idx" ON "ProcessingActivity"("organisationId", "nextReviewOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessingActivity_organisationId_reference_key" ON "ProcessingActivity"("organisationId", "reference");

-- CreateIndex
CREATE INDEX "Purpose_activityId_idx" ON "Purpose"("activityId");

-- CreateIndex
CREATE INDEX "PurposeLegalBasis_legalBasisId_idx" ON "PurposeLegalBasis"("legalBasisId");

-- CreateIndex
CREATE INDEX "ActivityDataSubject_dataSubjectCategoryId_idx" ON "ActivityDataSubject"("dataSubjectCategoryId");

-- CreateIndex
CREATE INDEX "ActivityDataCategory_dataCategoryId_idx" ON "ActivityDataCategory"("dataCategoryId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityDataCategory_activityId_dataCategoryId_key" ON "ActivityDataCategory"("activityId", "dataCategoryId");

-- CreateIndex
CREATE INDEX "ActivityRecipient_recipientId_idx" ON "ActivityRecipient"("recipientId");

-- CreateIndex
CREATE INDEX "Transfer_activityId_idx" ON "Transfer"("activityId");

-- CreateIndex
CREATE INDEX "Transfer_recipientId_idx" ON "Transfer"("recipientId");

-- CreateIndex
CREATE INDEX "ActivitySecurityMeasure_securityMeasureId_idx" ON "ActivitySecurityMeasure"("securityMeasureId");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_createdAt_idx" ON "AuditEvent"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_entityType_entityId_idx" ON "AuditEvent"("organisationId", "entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_organisationId_slug_key" ON "Policy"("organisationId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_policyId_number_key" ON "PolicyVersion"("policyId", "number");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalBasis" ADD CONSTRAINT "LegalBasis_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataCategory" ADD CONSTRAINT "DataCategory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSubjectCategory" ADD CONSTRAINT "DataSubjectCategory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityMeasure" ADD CONSTRAINT "SecurityMeasure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recipient" ADD CONSTRAINT "Recipient_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recipient" ADD CONSTRAINT "Recipient_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recipient" ADD CONSTRAINT "Recipient_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Recipient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingActivity" ADD CONSTRAINT "ProcessingActivity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Purpose" ADD CONSTRAINT "Purpose_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurposeLegalBasis" ADD CONSTRAINT "PurposeLegalBasis_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurposeLegalBasis" ADD CONSTRAINT "PurposeLegalBasis_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "LegalBasis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDataSubject" ADD CONSTRAINT "ActivityDataSubject_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDataSubject" ADD CONSTRAINT "ActivityDataSubject_dataSubjectCategoryId_fkey" FOREIGN KEY ("dataSubjectCategoryId") REFERENCES "DataSubjectCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDataCategory" ADD CONSTRAINT "ActivityDataCategory_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDataCategory" ADD CONSTRAINT "ActivityDataCategory_dataCategoryId_fkey" FOREIGN KEY ("dataCategoryId") REFERENCES "DataCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDataCategory" ADD CONSTRAINT "ActivityDataCategory_art9ConditionId_fkey" FOREIGN KEY ("art9ConditionId") REFERENCES "LegalBasis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRecipient" ADD CONSTRAINT "ActivityRecipient_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRecipient" ADD CONSTRAINT "ActivityRecipient_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySecurityMeasure" ADD CONSTRAINT "ActivitySecurityMeasure_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProcessingActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySecurityMeasure" ADD CONSTRAINT "ActivitySecurityMeasure_securityMeasureId_fkey" FOREIGN KEY ("securityMeasureId") REFERENCES "SecurityMeasure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
