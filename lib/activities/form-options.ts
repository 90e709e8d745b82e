/**
 * What the activity form needs from the database: the organisation's
 * catalogue entries for its pickers, and an existing activity as form values.
 */
import "server-only";
import type { LegalBasisArticle, RecipientKind, SecurityMeasureGroup } from "@prisma/client";
import { db } from "@/lib/db";
import { securityGroupOrder } from "@/lib/labels";
import type { ActivityFormValues } from "./schema";
import { loadActivitySnapshot } from "./snapshot";

type LegalBasisOption = { id: string; article: LegalBasisArticle; letter: string; name: string; citation: string };
export type DataCategoryOption = { id: string; name: string; special: boolean; criminal: boolean; defaultRetention: string };
export type DataSubjectCategoryOption = { id: string; name: string };
export type RecipientOption = { id: string; name: string; kind: RecipientKind; countryCode: string | null; hasDpa: boolean };
export type SecurityMeasureOption = { id: string; name: string; group: SecurityMeasureGroup };
type CountryOption = { code: string; name: string; eea: boolean; adequacy: boolean };

export type ActivityFormOptions = {
  legalBases: LegalBasisOption[];
  dataCategories: DataCategoryOption[];
  dataSubjectCategories: DataSubjectCategoryOption[];
  recipients: RecipientOption[];
  securityMeasures: SecurityMeasureOption[];
  countries: CountryOption[];
};

export async function getActivityFormOptions(orgId: string): Promise<ActivityFormOptions> {
  const where = { organisationId: orgId };
  const [legalBases, dataCategories, dataSubjectCategories, recipients, securityMeasures, countries] = await Promise.all([
    db.legalBasis.findMany({
      where,
      orderBy: [{ article: "asc" }, { letter: "asc" }, { citation: "asc" }],
      select: { id: true, article: true, letter: true, name: true, citation: true },
    }),
    db.dataCategory.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true, special: true, criminal: true, defaultRetention: true } }),
    db.dataSubjectCategory.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.recipient.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, countryCode: true, dpaStatus: true } }),
    db.securityMeasure.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true, group: true } }),
    db.country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, eea: true, adequacy: true } }),
  ]);
  return {
    legalBases,
    dataCategories,
    dataSubjectCategories,
    // Art. 28(3): only a missing agreement is flagged in the form.
    recipients: recipients.map(({ dpaStatus, ...r }) => ({ ...r, hasDpa: dpaStatus !== "MISSING" })),
    securityMeasures: securityMeasures.sort((a, b) => securityGroupOrder.indexOf(a.group) - securityGroupOrder.indexOf(b.group) || a.name.localeCompare(b.name)),
    countries,
  };
}

/** One of the organisation's activities as the form edits it, with the version it was opened at; null when not found. */
export async function getActivityFormValues(orgId: string, id: string): Promise<(ActivityFormValues & { version: number }) | null> {
  const snapshot = await loadActivitySnapshot(db, orgId, id);
  if (!snapshot) return null;
  const key = () => crypto.randomUUID();
  const party = (p: { id: string; note: string }) => ({ key: key(), recipientId: p.id, note: p.note });
  return {
    reference: snapshot.reference,
    name: snapshot.name,
    description: snapshot.description,
    department: snapshot.department,
    owner: snapshot.owner,
    status: snapshot.status,
    role: snapshot.role,
    jointControllers: snapshot.jointControllers.map(party),
    jointControllerArrangement: snapshot.jointControllerArrangement,
    clientControllers: snapshot.clientControllers.map(party),
    purposes: snapshot.purposes.map((p) => ({
      key: key(),
      description: p.description,
      legalBasisIds: p.legalBases.map((b) => b.id),
      legitimateInterests: p.legitimateInterests,
      balancingTestReference: p.balancingTestReference,
      directMarketing: p.directMarketing,
    })),
    dataSubjectCategoryIds: snapshot.dataSubjects.map((s) => s.id),
    dataCategories: snapshot.dataCategories.map((c) => ({
      key: key(),
      dataCategoryId: c.id,
      details: c.details,
      retention: c.retention,
      art9ConditionId: c.art9Condition?.id ?? null,
    })),
    recipients: snapshot.recipients.map(party),
    recipientsNone: snapshot.recipientsNone,
    hasTransfers: snapshot.transfers.length > 0,
    transfersNone: snapshot.transfersNone,
    transfers: snapshot.transfers.map((t) => ({
      key: key(),
      countryCode: t.countryCode,
      internationalOrganisation: t.internationalOrganisation,
      recipientId: t.recipient?.id ?? null,
      safeguard: t.safeguard,
      safeguardDetails: t.safeguardDetails,
      safeguardReference: t.safeguardReference,
    })),
    securityMeasureIds: snapshot.securityMeasures.map((m) => m.id),
    securityDescription: snapshot.securityDescription,
    securityMeasuresNone: snapshot.securityMeasuresNone,
    specialCategoriesNone: snapshot.specialCategoriesNone,
    dataSource: snapshot.dataSource,
    dataSourceDescription: snapshot.dataSourceDescription,
    publicSources: snapshot.publicSources,
    dpiaRequired: snapshot.dpiaRequired,
    dpiaStatus: snapshot.dpiaStatus,
    dpiaReference: snapshot.dpiaReference,
    automatedDecisionMaking: snapshot.automatedDecisionMaking,
    automatedDecisionLogic: snapshot.automatedDecisionLogic,
    automatedDecisionConsequences: snapshot.automatedDecisionConsequences,
    provisionRequirement: snapshot.provisionRequirement,
    provisionConsequences: snapshot.provisionConsequences,
    storageLocation: snapshot.storageLocation,
    lastReviewedOn: snapshot.lastReviewedOn ?? "",
    nextReviewOn: snapshot.nextReviewOn ?? "",
    publicTitle: snapshot.publicTitle,
    publicDescription: snapshot.publicDescription,
    consentWithdrawalUrl: snapshot.consentWithdrawalUrl,
    consentWithdrawalInstructions: snapshot.consentWithdrawalInstructions,
    version: snapshot.version,
  };
}
