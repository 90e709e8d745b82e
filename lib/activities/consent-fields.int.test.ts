/**
 * How consent is withdrawn (Art. 7(3), 13(2)(c)) and whether a purpose is
 * direct marketing (Art. 21(2)), from the activity form to the policy: saved
 * with the activity, audited before and after, guarded by the version check,
 * read back into the form, and stated by the composer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { allInEnglish } from "@/test/support/in-english";
import { composePolicy } from "../policies/compose";
import { loadPolicyRecords } from "../policies/queries";
import { getActivityFormValues } from "./form-options";
import type { Actor } from "@/lib/mutations/actor";
import { createActivity, duplicateActivity, updateActivity } from "./mutations";
import { emptyActivityValues, type ActivityFormValues } from "./schema";

const db = createDb(process.env.DATABASE_URL!);
let organisationId: string;
let editor: Actor;
let dpo: Actor;
let consent: string;
let interests: string;

function input(patch: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    ...emptyActivityValues(),
    reference: `NL-${crypto.randomUUID().slice(0, 6)}`,
    name: "Newsletter",
    status: "DRAFT",
    purposes: [
      { description: "Sending the newsletter", legalBasisIds: [consent], directMarketing: true },
      { description: "Measuring opens", legalBasisIds: [interests], legitimateInterests: "Improving the newsletter" },
    ],
    consentWithdrawalUrl: "https://acme.example/opt-out",
    consentWithdrawalInstructions: "Use the unsubscribe link in any newsletter.",
    ...patch,
  };
}

async function actor(role: Actor["role"]): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `${crypto.randomUUID()}@consent.example`, name: role, passwordHash: "x", memberships: { create: { organisationId, role } } },
    select: { id: true, email: true },
  });
  return { user, organisation: { id: organisationId }, role };
}

const eventsOf = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await upsertCountries(db);
  organisationId = (await db.organisation.create({ data: { slug: `consent-${crypto.randomUUID()}`, legalName: "Consent AG" }, select: { id: true } })).id;
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisationId));
  [editor, dpo] = await Promise.all([actor("EDITOR"), actor("DPO")]);
  const basis = async (citation: string) => (await db.legalBasis.findFirstOrThrow({ where: { organisationId, citation }, select: { id: true } })).id;
  [consent, interests] = await Promise.all([basis("Art. 6(1)(a) GDPR"), basis("Art. 6(1)(f) GDPR")]);
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.$disconnect();
});

describe("consent withdrawal and direct marketing on an activity", () => {
  it("are saved, audited and read back into the form", async () => {
    const result = await createActivity(editor, input());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = await db.processingActivity.findUniqueOrThrow({
      where: { id: result.id },
      select: { consentWithdrawalUrl: true, consentWithdrawalInstructions: true, purposes: { orderBy: { position: "asc" }, select: { directMarketing: true } } },
    });
    expect(stored).toEqual({
      consentWithdrawalUrl: "https://acme.example/opt-out",
      consentWithdrawalInstructions: "Use the unsubscribe link in any newsletter.",
      purposes: [{ directMarketing: true }, { directMarketing: false }],
    });
    const [created] = await eventsOf(result.id);
    expect(created.after).toMatchObject({ consentWithdrawalUrl: "https://acme.example/opt-out", purposes: [{ directMarketing: true }, { directMarketing: false }] });

    const values = await getActivityFormValues(organisationId, result.id);
    expect(values).toMatchObject({ consentWithdrawalUrl: "https://acme.example/opt-out", consentWithdrawalInstructions: "Use the unsubscribe link in any newsletter." });
    expect(values!.purposes!.map((p) => p.directMarketing)).toEqual([true, false]);

    const copy = await duplicateActivity(editor, result.id);
    if (!copy.ok) throw new Error(JSON.stringify(copy));
    expect(await getActivityFormValues(organisationId, copy.id)).toMatchObject({ consentWithdrawalUrl: "https://acme.example/opt-out", purposes: [{ directMarketing: true }, { directMarketing: false }] });
  });

  it("are changed with the version check, and the audit event holds before and after", async () => {
    const result = await createActivity(editor, input());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const changed = input({ consentWithdrawalUrl: "https://acme.example/preferences", purposes: [{ description: "Sending the newsletter", legalBasisIds: [consent], directMarketing: false }], version: 1 });
    expect(await updateActivity(dpo, result.id, changed)).toEqual({ ok: true, id: result.id });
    const [, update] = await eventsOf(result.id);
    expect(update.before).toMatchObject({ consentWithdrawalUrl: "https://acme.example/opt-out", purposes: [{ directMarketing: true }, { directMarketing: false }] });
    expect(update.after).toMatchObject({ consentWithdrawalUrl: "https://acme.example/preferences", purposes: [{ directMarketing: false }] });

    // A stale form names the change made meanwhile and writes nothing.
    const stale = await updateActivity(editor, result.id, input({ consentWithdrawalInstructions: "Write to us.", version: 1 }));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.conflict?.changes).toEqual(expect.arrayContaining([{ path: "consentWithdrawalUrl", before: "https://acme.example/opt-out", after: "https://acme.example/preferences" }]));
    expect(await db.processingActivity.findUniqueOrThrow({ where: { id: result.id }, select: { consentWithdrawalInstructions: true, version: true } })).toEqual({
      consentWithdrawalInstructions: "Use the unsubscribe link in any newsletter.",
      version: 2,
    });
  });

  it("refuses anything but a web address for the withdrawal page, next to the field, and writes nothing", async () => {
    const before = await db.processingActivity.count({ where: { organisationId } });
    for (const address of ["javascript:alert(1)", "opt-out.html", "ftp://acme.example/opt-out"]) {
      const result = await createActivity(editor, input({ consentWithdrawalUrl: address }));
      expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { consentWithdrawalUrl: expect.stringMatching(/web address/) } });
    }
    expect(await db.processingActivity.count({ where: { organisationId } })).toBe(before);
  });

  it("reach the policy: a real withdrawal link, and the objection to direct marketing apart from the other rights", async () => {
    const result = await createActivity(editor, input({ publicTitle: "Our newsletter" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const sections = [{ type: "activity" as const, activityId: result.id }, { type: "rights" as const }];
    const records = await loadPolicyRecords(organisationId, sections);
    const document = composePolicy({ ...records!, policy: { title: "Policy", language: "en", sections } });
    const blocks = document.sections.flatMap((s) => s.blocks);
    const withdrawal = blocks.find((b) => b.field === "withdrawal");
    expect(withdrawal?.kind === "html" && withdrawal.html).toContain('<a href="https://acme.example/opt-out" rel="noopener noreferrer">');
    const objection = blocks.find((b) => b.field === "objection");
    expect(objection?.kind === "list" && objection.items).toEqual([
      expect.stringMatching(/legitimate interests.*This concerns: Our newsletter\.$/),
      expect.stringMatching(/direct marketing.*This concerns: Our newsletter\.$/),
    ]);
  });
});
