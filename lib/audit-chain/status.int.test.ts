/**
 * The dashboard's cached verification: it is reused while fresh and the chain
 * has not moved, and a small chain is verified again as soon as either changes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { recordAudit } from "../audit";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { FRESH_MS, getAuditChainStatus } from "./status";

const organisations: string[] = [];

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

const write = (organisationId: string, entityId: string) =>
  db.$transaction((tx) => recordAudit(tx, { organisationId, actor: null, action: "CREATE", entityType: "Recipient", entityId }));

describe("getAuditChainStatus", () => {
  it("reuses a fresh result, and verifies again when events are added or the result is old", async () => {
    const organisation = await db.organisation.create({ data: { slug: `chain-status-${crypto.randomUUID()}`, legalName: "Status Ltd" } });
    organisations.push(organisation.id);
    await write(organisation.id, "r1");

    const first = await getAuditChainStatus(organisation.id);
    expect(first).toMatchObject({ intact: true, events: 1 });
    expect(await getAuditChainStatus(organisation.id)).toBe(first);

    await write(organisation.id, "r2");
    const second = await getAuditChainStatus(organisation.id);
    expect(second).toMatchObject({ intact: true, events: 2 });

    // An edit does not move the head: it shows once the result is no longer fresh.
    await db.$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'changed' WHERE "organisationId" = ${organisation.id} AND "sequence" = 1`;
    expect(await getAuditChainStatus(organisation.id)).toBe(second);
    const later = new Date(second.verifiedAt.getTime() + FRESH_MS + 1);
    expect(await getAuditChainStatus(organisation.id, later)).toMatchObject({ intact: false, problems: [{ kind: "edited" }] });
  });
});
