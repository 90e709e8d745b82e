/**
 * Creates a large organisation for benchmarks: 5,000 processing activities,
 * 500 recipients and processors, 300 data categories, with links of the kind
 * a real register has (1–3 purposes with their legal bases, several data
 * subject and data categories with retention, recipients, some transfers with
 * safeguards, security measures, a few activities as processor). Deterministic:
 * the same run makes the same records. Rows go in with createMany in batches.
 *
 *   npx tsx scripts/with-db.ts --database ropa_bench -- npx tsx scripts/generate-large-org.ts [--slug large-org]
 */
import type { Prisma, RecipientKind } from "@prisma/client";
import { createDefaultCatalogues } from "../lib/catalogues/defaults";
import { upsertCountries } from "../lib/catalogues/countries";
import type { Db } from "../lib/db";
import { runPrisma } from "./prisma-cli";

export type LargeOrgSize = { activities: number; recipients: number; dataCategories: number };
export const LARGE_ORG: LargeOrgSize = { activities: 5000, recipients: 500, dataCategories: 300 };

const BATCH = 5000;

// A small linear congruential generator: reproducible "random" choices.
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)],
    some: <T>(items: T[], min: number, max: number) => {
      const count = Math.min(items.length, min + Math.floor(next() * (max - min + 1)));
      const chosen = new Set<T>();
      while (chosen.size < count) chosen.add(items[Math.floor(next() * items.length)]);
      return [...chosen];
    },
    chance: (p: number) => next() < p,
  };
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

const DEPARTMENTS = ["Human Resources", "Sales", "Marketing", "IT", "Finance", "Legal", "Customer Support", "Procurement", "Facilities", "Research"];
const SUBJECTS = ["Employees", "Applicants", "Customers", "Prospects", "Suppliers' contacts", "Website visitors", "Newsletter subscribers", "Patients", "Students", "Visitors"];
const CATEGORY_WORDS = ["Contact", "Identity", "Contract", "Billing", "Usage", "Device", "Location", "Health", "Payroll", "Support ticket", "Login", "Survey"];
const KINDS: RecipientKind[] = ["PROCESSOR", "PROCESSOR", "PROCESSOR", "SUB_PROCESSOR", "CONTROLLER", "PUBLIC_AUTHORITY", "INTERNAL", "JOINT_CONTROLLER", "CLIENT_CONTROLLER"];
const COUNTRIES = ["DE", "FR", "NL", "IE", "US", "GB", "IN", "CH", "JP", null];
const SAFEGUARDS = ["SCC", "ADEQUACY", "BCR", "SCC", "DEROGATION"] as const;
const DAY = 86_400_000;

/** Creates the organisation and returns its id and slug. */
export async function generateLargeOrganisation(db: Db, slug: string, size: LargeOrgSize = LARGE_ORG): Promise<{ id: string; slug: string }> {
  const rnd = random(42);
  await upsertCountries(db);
  const organisation = await db.organisation.create({
    data: {
      slug,
      legalName: "Large Example Köln GmbH",
      address: "Domkloster 4, 50667 Köln, Germany",
      email: "privacy@large.example",
      phone: "+49 221 123456",
      dpoName: "Dr. Eva Schmidt",
      dpoEmail: "dpo@large.example",
    },
    select: { id: true, slug: true },
  });
  const organisationId = organisation.id;
  const id = (prefix: string, i: number) => `${prefix}-${organisationId}-${i}`;
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisationId));

  const where = { where: { organisationId }, select: { id: true } };
  const [art6, art9] = await Promise.all([
    db.legalBasis.findMany({ where: { organisationId, article: "ART6" }, select: { id: true, letter: true } }),
    db.legalBasis.findMany({ where: { organisationId, article: "ART9" }, select: { id: true } }),
  ]);

  await db.dataSubjectCategory.createMany({
    data: SUBJECTS.map((name, i) => ({ id: id("ds", i), organisationId, name: `${name} (large)` })),
    skipDuplicates: true,
  });
  const categoryRows: Prisma.DataCategoryCreateManyInput[] = Array.from({ length: size.dataCategories }, (_, i) => ({
    id: id("dc", i),
    organisationId,
    name: `${CATEGORY_WORDS[i % CATEGORY_WORDS.length]} data ${String(i).padStart(3, "0")}`,
    special: i % CATEGORY_WORDS.length === 7,
    defaultRetention: i % 3 === 0 ? "" : `${1 + (i % 10)} years after the end of the contract`,
  }));
  await inBatches(categoryRows, (data) => db.dataCategory.createMany({ data }));

  const recipientRows: Prisma.RecipientCreateManyInput[] = Array.from({ length: size.recipients }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const processor = kind === "PROCESSOR" || kind === "SUB_PROCESSOR";
    return {
      id: id("r", i),
      organisationId,
      kind,
      name: `Recipient ${String(i).padStart(3, "0")} ${kind === "CLIENT_CONTROLLER" ? "Client" : "Services"} Ltd`,
      email: `contact${i}@recipient.example`,
      address: `${i} Example Street`,
      countryCode: COUNTRIES[i % COUNTRIES.length],
      services: "Hosting, support and related services",
      dpaSignedOn: processor && i % 5 !== 0 ? new Date(Date.UTC(2024, i % 12, 1 + (i % 28))) : null,
      dpaReference: processor ? `DPA-${i}` : "",
      dpaNextReviewOn: processor && i % 5 !== 0 ? new Date(Date.UTC(2026, i % 12, 1)) : null,
    };
  });
  await inBatches(recipientRows, (data) => db.recipient.createMany({ data }));

  const measures = await db.securityMeasure.findMany(where);
  const subjects = SUBJECTS.map((_, i) => id("ds", i));
  const categories = categoryRows.map((row) => row.id!);
  const special = new Set(categoryRows.filter((row) => row.special).map((row) => row.id!));
  const recipients = recipientRows.filter((row) => row.kind !== "CLIENT_CONTROLLER" && row.kind !== "JOINT_CONTROLLER").map((row) => row.id!);
  const clients = recipientRows.filter((row) => row.kind === "CLIENT_CONTROLLER").map((row) => row.id!);

  const activities: Prisma.ProcessingActivityCreateManyInput[] = [];
  const purposes: Prisma.PurposeCreateManyInput[] = [];
  const purposeBases: Prisma.PurposeLegalBasisCreateManyInput[] = [];
  const activitySubjects: Prisma.ActivityDataSubjectCreateManyInput[] = [];
  const activityCategories: Prisma.ActivityDataCategoryCreateManyInput[] = [];
  const parties: Prisma.ActivityRecipientCreateManyInput[] = [];
  const transfers: Prisma.TransferCreateManyInput[] = [];
  const activityMeasures: Prisma.ActivitySecurityMeasureCreateManyInput[] = [];
  const today = Date.UTC(2026, 10, 27);

  for (let i = 0; i < size.activities; i++) {
    const activityId = id("a", i);
    const processor = i % 25 === 0;
    const lastReviewed = today - rnd.int(500) * DAY;
    activities.push({
      id: activityId,
      organisationId,
      reference: `ACT-${String(i).padStart(5, "0")}`,
      name: `${rnd.pick(["Managing", "Processing", "Analysing", "Archiving", "Sending"])} ${rnd.pick(CATEGORY_WORDS).toLowerCase()} records ${i}`,
      description: "Records kept for the activity, with the people and systems involved; reviewed yearly.",
      department: rnd.pick(DEPARTMENTS),
      owner: `Owner ${i % 80}`,
      status: rnd.pick(["ACTIVE", "ACTIVE", "ACTIVE", "DRAFT", "RETIRED"] as const),
      role: processor ? "PROCESSOR" : i % 40 === 1 ? "JOINT_CONTROLLER" : "CONTROLLER",
      storageLocation: rnd.pick(["ERP, Frankfurt data centre", "CRM (cloud, EU region)", "File server, Köln office"]),
      securityDescription: rnd.chance(0.6) ? "Access only for the department, encrypted at rest and in transit." : "",
      dpiaStatus: rnd.pick(["NOT_ASSESSED", "NOT_REQUIRED", "COMPLETED"] as const),
      ...(rnd.chance(0.05)
        ? { automatedDecisionMaking: true, automatedDecisionLogic: "A score from payment history decides the credit limit.", automatedDecisionConsequences: "A lower limit or none." }
        : {}),
      lastReviewedOn: new Date(lastReviewed),
      // Always after the last review (as the form requires); some are overdue, some due soon.
      nextReviewOn: new Date(lastReviewed + (180 + rnd.int(365)) * DAY),
    });
    for (let p = 0; p < 1 + rnd.int(3); p++) {
      const purposeId = id(`p${p}`, i);
      const bases = rnd.some(art6, 1, 2);
      // Art. 6(1)(f) needs the legitimate interests stated (Art. 13(1)(d)), as the activity form requires.
      const legitimateInterests = bases.some((basis) => basis.letter === "f") ? "Keeping our services secure and our records complete." : "";
      purposes.push({ id: purposeId, activityId, position: p, description: `Purpose ${p + 1} of activity ${i}: providing the service and keeping records`, legitimateInterests });
      for (const basis of bases) purposeBases.push({ purposeId, legalBasisId: basis.id });
    }
    for (const subject of rnd.some(subjects, 1, 3)) activitySubjects.push({ activityId, dataSubjectCategoryId: subject });
    rnd.some(categories, 2, 6).forEach((category, position) =>
      activityCategories.push({
        activityId,
        dataCategoryId: category,
        position,
        retention: rnd.chance(0.5) ? "6 years (commercial law)" : "",
        // Art. 9(1): a special category is processed only under an Art. 9(2) condition.
        art9ConditionId: special.has(category) ? rnd.pick(art9).id : null,
      }),
    );
    for (const recipient of rnd.some(recipients, 1, 4)) parties.push({ activityId, recipientId: recipient, role: "RECIPIENT" });
    if (processor) parties.push({ activityId, recipientId: rnd.pick(clients), role: "CLIENT_CONTROLLER" });
    if (rnd.chance(0.15)) {
      const countryCode = rnd.pick(["US", "IN", "JP", "GB"]);
      // Art. 45: India has no adequacy decision, so a transfer there rests on an Art. 46 safeguard or an Art. 49 derogation.
      const safeguard = rnd.pick(SAFEGUARDS.filter((s) => s !== "ADEQUACY" || countryCode !== "IN"));
      const safeguardDetails = safeguard === "DEROGATION" ? "Art. 49(1)(b): performance of a contract" : "Module 2";
      transfers.push({ activityId, countryCode, safeguard, safeguardDetails, recipientId: rnd.pick(recipients) });
    }
    for (const measure of rnd.some(measures, 0, 5)) activityMeasures.push({ activityId, securityMeasureId: measure.id });
  }

  await inBatches(activities, (data) => db.processingActivity.createMany({ data }));
  await inBatches(purposes, (data) => db.purpose.createMany({ data }));
  await inBatches(purposeBases, (data) => db.purposeLegalBasis.createMany({ data, skipDuplicates: true }));
  await inBatches(activitySubjects, (data) => db.activityDataSubject.createMany({ data }));
  await inBatches(activityCategories, (data) => db.activityDataCategory.createMany({ data }));
  await inBatches(parties, (data) => db.activityRecipient.createMany({ data, skipDuplicates: true }));
  await inBatches(transfers, (data) => db.transfer.createMany({ data }));
  await inBatches(activityMeasures, (data) => db.activitySecurityMeasure.createMany({ data }));
  return organisation;
}

async function main() {
  const { db } = await import("../lib/db");
  const slugIndex = process.argv.indexOf("--slug");
  const slug = slugIndex === -1 ? `large-${Date.now()}` : process.argv[slugIndex + 1];
  await runPrisma(["migrate", "deploy"], process.env.DATABASE_URL!, { quiet: true });
  const started = performance.now();
  const organisation = await generateLargeOrganisation(db, slug);
  console.log(`Created ${organisation.slug} (${organisation.id}) in ${Math.round(performance.now() - started)} ms.`);
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("generate-large-org.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
