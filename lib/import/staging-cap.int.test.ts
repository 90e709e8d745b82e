import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../db";
import { buildRegister } from "../register/build";
import { renderRegisterCsv } from "../register/csv";
import { testSource } from "../../test/fixtures/test-source";
import { createFixture, removeFixture, type Fixture } from "../../test/support/action-properties";
import { formDataOf } from "../../test/support/arbitraries";
import { MAX_STAGED_PER_ORGANISATION, MAX_STAGED_PER_USER } from "./limits";
import { inEnglish } from "@/lib/i18n/english";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);

const actions = await import("./actions");
const { listUploads } = await import("./store");
const { outcomeOf, signInAs } = await import("../../test/support/request-scope");

const db = createDb(process.env.DATABASE_URL!);
const csv = Buffer.from(renderRegisterCsv(buildRegister(testSource())));
let fixture: Fixture;
const extraUsers: string[] = [];

beforeAll(async () => {
  fixture = await createFixture(db, "staging-cap");
});
afterAll(async () => {
  for (const id of [fixture.owner.id, fixture.editor.id, ...extraUsers]) {
    await as(id, fixture.org.id);
    for (const upload of await listUploads({ organisationId: fixture.org.id, userId: id })) await outcomeOf(() => actions.cancelImportAction(formDataOf({ uploadId: upload.id })));
  }
  await db.user.deleteMany({ where: { id: { in: extraUsers } } });
  await removeFixture(db, fixture);
  await db.$disconnect();
});

async function as(userId: string, organisationId = fixture.org.id) {
  signInAs(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, sessionVersion: true } }), organisationId);
}

function upload(name: string) {
  const data = new FormData();
  data.append("file", new File([new Uint8Array(csv)], name));
  return outcomeOf(() => actions.uploadRegisterAction({}, data));
}

async function editor(label: string) {
  const user = await db.user.create({
    data: { email: `${label}-${crypto.randomUUID().slice(0, 8)}@staging-cap.example`, name: label, passwordHash: "x", memberships: { create: { organisationId: fixture.org.id, role: "EDITOR" } } },
    select: { id: true },
  });
  extraUsers.push(user.id);
  return user.id;
}

/** The file field's message of an answered upload, in English. */
const fileError = (outcome: unknown) => inEnglish((outcome as { value?: { fieldErrors?: { file?: string } } }).value?.fieldErrors?.file ?? "");

describe("uploads waiting for their confirmation are capped per member and per organisation", () => {
  // Regression: every upload was staged on the server's disk (up to tens of MB each) with no limit,
  // so one member could fill the disk; now a member over the cap is told to import or cancel one.
  it("refuses a member's next upload with a message on the file field, and lists the waiting ones", async () => {
    await as(fixture.editor.id, fixture.org.id);
    for (let i = 0; i < MAX_STAGED_PER_USER; i++) expect(await upload(`register-${i}.csv`)).toMatchObject({ kind: "redirect" });
    const refused = await upload("one-more.csv");
    expect(refused).toMatchObject({ kind: "returned", value: { values: { fileName: "one-more.csv" } } });
    expect(fileError(refused)).toContain(`You have ${MAX_STAGED_PER_USER} uploads waiting for confirmation`);
    const waiting = await listUploads({ organisationId: fixture.org.id, userId: fixture.editor.id });
    expect(waiting.map((u) => u.fileName).sort()).toEqual(Array.from({ length: MAX_STAGED_PER_USER }, (_, i) => `register-${i}.csv`));

    // Cancelling one makes room again.
    await outcomeOf(() => actions.cancelImportAction(formDataOf({ uploadId: waiting[0].id })));
    expect(await upload("after-cancel.csv")).toMatchObject({ kind: "redirect" });
  });

  it("refuses any member's upload once the organisation has its cap of waiting uploads", async () => {
    const members = [fixture.editor.id];
    while (members.length * MAX_STAGED_PER_USER < MAX_STAGED_PER_ORGANISATION) members.push(await editor("member"));
    for (const id of members.slice(1)) {
      await as(id, fixture.org.id);
      for (let i = 0; i < MAX_STAGED_PER_USER; i++) expect(await upload(`member-${i}.csv`)).toMatchObject({ kind: "redirect" });
    }
    await as(await editor("newcomer"));
    const full = await upload("register.csv");
    expect(full).toMatchObject({ kind: "returned" });
    expect(fileError(full)).toContain(`Your organisation has ${MAX_STAGED_PER_ORGANISATION} uploads waiting for confirmation`);
    // Another organisation's members are not affected.
    await as(fixture.owner.id, fixture.org.id);
    const other = await db.organisation.create({ data: { slug: `staging-cap-other-${crypto.randomUUID().slice(0, 8)}`, legalName: "Other" }, select: { id: true } });
    await db.membership.create({ data: { organisationId: other.id, userId: fixture.owner.id, role: "OWNER" } });
    await as(fixture.owner.id, other.id);
    const elsewhere = await upload("register.csv");
    expect(elsewhere).toMatchObject({ kind: "redirect" });
    await outcomeOf(() => actions.cancelImportAction(formDataOf({ uploadId: (elsewhere as { location: string }).location.split("/").pop()! })));
  });
});
