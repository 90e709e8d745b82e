import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { defaultActivityListParams, type ActivityListParams } from "./list-params";
import { listActivitiesPage, listActivityFilterOptions } from "./queries";

const db = createDb(process.env.DATABASE_URL!);
const now = new Date(Date.UTC(2026, 5, 15, 12));
const day = (offset: number) => new Date(Date.UTC(2026, 5, 15 + offset));

let orgA: string;
let orgB: string;
let consentId: string;
let contractId: string;

const page = (params: Partial<ActivityListParams>, org = orgA) => listActivitiesPage(org, { ...defaultActivityListParams, ...params }, now);
const refs = async (params: Partial<ActivityListParams>, org = orgA) => (await page(params, org)).rows.map((row) => row.reference);

beforeAll(async () => {
  await upsertCountries(db);
  const make = async () => {
    const id = crypto.randomUUID();
    const organisation = await db.organisation.create({ data: { slug: `list-${id}`, legalName: `List ${id}` }, select: { id: true } });
    await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
    return organisation.id;
  };
  [orgA, orgB] = await Promise.all([make(), make()]);
  const basis = (letter: string) => db.legalBasis.findFirstOrThrow({ where: { organisationId: orgA, article: "ART6", letter }, select: { id: true } });
  consentId = (await basis("a")).id;
  contractId = (await basis("b")).id;
  const health = await db.dataCategory.create({ data: { organisationId: orgA, name: "Health test", special: true }, select: { id: true } });
  const convictions = await db.dataCategory.create({ data: { organisationId: orgA, name: "Convictions test", criminal: true }, select: { id: true } });
  const plain = await db.dataCategory.create({ data: { organisationId: orgA, name: "Contact test" }, select: { id: true } });

  const create = (data: Parameters<typeof db.processingActivity.create>[0]["data"]) => db.processingActivity.create({ data, select: { id: true } });
  await create({
    organisationId: orgA,
    reference: "A-01",
    name: "Payroll",
    department: "HR",
    owner: "Head of HR",
    status: "ACTIVE",
    nextReviewOn: day(-1),
    purposes: { create: { description: "Pay", legalBases: { create: { legalBasisId: contractId } } } },
    dataCategories: { create: [{ dataCategoryId: health.id }, { dataCategoryId: plain.id, position: 1 }] },
    transfers: { create: { countryCode: "IN" } },
  });
  await create({
    organisationId: orgA,
    reference: "A-02",
    name: "Newsletter",
    department: "Marketing",
    status: "ACTIVE",
    nextReviewOn: day(10),
    purposes: { create: { description: "Send news", legalBases: { create: { legalBasisId: consentId } } } },
    dataCategories: { create: { dataCategoryId: plain.id } },
  });
  await create({ organisationId: orgA, reference: "A-03", name: "Background checks", department: "HR", status: "DRAFT", nextReviewOn: day(200), dataCategories: { create: { dataCategoryId: convictions.id } } });
  await create({ organisationId: orgA, reference: "A-04", name: "Old archive", status: "RETIRED", nextReviewOn: day(-50) });
  await create({ organisationId: orgA, reference: "A-05", name: "Visitor log", department: "Facilities", status: "ACTIVE" });
  await create({ organisationId: orgB, reference: "B-01", name: "Payroll of B", department: "HR", status: "ACTIVE", nextReviewOn: day(-1), transfers: { create: { countryCode: "IN" } } });
});

afterAll(async () => {
  for (const id of [orgA, orgB]) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("listActivitiesPage", () => {
  it("returns the organisation's activities with the total, never another organisation's", async () => {
    const result = await page({});
    expect(result.total).toBe(5);
    expect(result.rows.map((r) => r.reference)).toEqual(["A-01", "A-02", "A-03", "A-04", "A-05"]);
    expect(result.rows[0]).toMatchObject({ legalBases: ["Art. 6(1)(b) GDPR"], dataCategoryCount: 2, hasTransfers: true, hasSpecialCategories: true });
    expect(await refs({}, orgB)).toEqual(["B-01"]);
  });

  it("filters by status, department and legal basis", async () => {
    expect(await refs({ filter: { status: "ACTIVE" } })).toEqual(["A-01", "A-02", "A-05"]);
    expect(await refs({ filter: { department: "HR" } })).toEqual(["A-01", "A-03"]);
    expect(await refs({ filter: { legalBasisId: consentId } })).toEqual(["A-02"]);
  });

  it("does not match another organisation's legal basis id", async () => {
    const foreign = await db.legalBasis.findFirstOrThrow({ where: { organisationId: orgB, article: "ART6", letter: "b" }, select: { id: true } });
    await db.processingActivity.update({
      where: { organisationId_reference: { organisationId: orgB, reference: "B-01" } },
      data: { purposes: { create: { description: "Pay", legalBases: { create: { legalBasisId: foreign.id } } } } },
    });
    expect(await refs({ filter: { legalBasisId: foreign.id } })).toEqual([]);
    expect(await refs({ filter: { legalBasisId: foreign.id } }, orgB)).toEqual(["B-01"]);
  });

  it("filters by transfers and by special or criminal data, both ways", async () => {
    expect(await refs({ filter: { transfers: true } })).toEqual(["A-01"]);
    expect(await refs({ filter: { transfers: false } })).toEqual(["A-02", "A-03", "A-04", "A-05"]);
    expect(await refs({ filter: { special: true } })).toEqual(["A-01", "A-03"]);
    expect(await refs({ filter: { special: false } })).toEqual(["A-02", "A-04", "A-05"]);
  });

  it("filters overdue and soon-due reviews, leaving retired activities out", async () => {
    expect(await refs({ filter: { review: "overdue" } })).toEqual(["A-01"]);
    expect(await refs({ filter: { review: "due-soon" } })).toEqual(["A-02"]);
    expect(await refs({ filter: { review: "overdue", status: "RETIRED" } })).toEqual([]);
  });

  it("combines filters and searches reference, name, department, owner and legal basis", async () => {
    expect(await refs({ q: "pay" })).toEqual(["A-01"]);
    expect(await refs({ q: "head of" })).toEqual(["A-01"]);
    expect(await refs({ q: "6(1)(a)" })).toEqual(["A-02"]);
    expect(await refs({ q: "hr", filter: { status: "DRAFT" } })).toEqual(["A-03"]);
    expect((await page({ q: "zzz-nothing" })).total).toBe(0);
  });

  it("sorts by a column either way, undated reviews last", async () => {
    expect(await refs({ sort: { id: "name", desc: false } })).toEqual(["A-03", "A-02", "A-04", "A-01", "A-05"]);
    expect(await refs({ sort: { id: "name", desc: true } })).toEqual(["A-05", "A-01", "A-04", "A-02", "A-03"]);
    expect(await refs({ sort: { id: "nextReviewOn", desc: false } })).toEqual(["A-04", "A-01", "A-02", "A-03", "A-05"]);
    expect(await refs({ sort: { id: "nextReviewOn", desc: true } })).toEqual(["A-03", "A-02", "A-01", "A-04", "A-05"]);
    expect((await refs({ sort: { id: "status", desc: false } }))[0]).toBe("A-03");
  });

  it("pages with the total over all pages, and clamps a page beyond the last", async () => {
    const second = await page({ page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageCount: 3 });
    expect(second.rows.map((r) => r.reference)).toEqual(["A-03", "A-04"]);
    const beyond = await page({ page: 40, pageSize: 2 });
    expect(beyond).toMatchObject({ page: 3, total: 5 });
    expect(beyond.rows.map((r) => r.reference)).toEqual(["A-05"]);
  });
});

describe("listActivityFilterOptions", () => {
  it("offers the legal bases in use and the departments recorded, of this organisation only", async () => {
    const options = await listActivityFilterOptions(orgA);
    expect(options.legalBases.map((b) => b.citation)).toEqual(["Art. 6(1)(a) GDPR", "Art. 6(1)(b) GDPR"]);
    expect(options.departments).toEqual(["Facilities", "HR", "Marketing"]);
  });
});
