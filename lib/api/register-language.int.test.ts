/**
 * The contract test of /api/v1/register?language=: the register in one of the
 * organisation's languages, a language it does not keep refused as a bad
 * request, the language in the audit event. Answers are checked against the
 * OpenAPI document (test/support/api-contract.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { World } from "@/test/security/world";
import { setUpApiContract } from "@/test/support/api-contract";

const contract = setUpApiContract();
const { db, call, tokenFor } = contract;
let world: World;

beforeAll(async () => {
  world = contract.world;
  await db.organisation.update({ where: { id: world.organisation.id }, data: { defaultLanguage: "en", languages: ["en", "fr"] } });
});

describe("/register?language=", () => {
  it("exports in a language the organisation keeps, lists the untranslated texts, and audits the language", async () => {
    const { token, id: tokenId } = await tokenFor(["READ"]);
    const reference = world.unique("LNG");
    await db.processingActivity.create({ data: { organisationId: world.organisation.id, reference, name: "Newsletter", description: "Sending the newsletter", status: "ACTIVE" } });

    const json = await call("GET", "register?format=json&language=fr", { token });
    expect(json.status).toBe(200);
    const body = json.body as { language: string; untranslated: { entity: string; field: string; text: string }[] };
    expect(body.language).toBe("fr");
    expect(body.untranslated).toContainEqual({ entity: "activity", field: "description", text: "Sending the newsletter" });
    expect(json.headers.get("content-disposition")).toMatch(/-fr\.json"$/);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, action: "EXPORT", apiTokenId: tokenId }, orderBy: { createdAt: "desc" } });
    expect(event.after).toMatchObject({ format: "json", language: "fr" });

    const cnil = await call("GET", "register?format=xlsx-cnil&language=fr", { token });
    expect(cnil.status).toBe(200);
    expect(cnil.headers.get("content-disposition")).toMatch(/-cnil-fr\.xlsx"$/);

    const english = await call("GET", "register?format=json", { token });
    expect((english.body as { language: string }).language).toBe("en");
  });

  it("refuses a language the organisation does not keep, and one that does not exist", async () => {
    const { token } = await tokenFor(["READ"]);
    const german = await call("GET", "register?format=csv&language=de", { token });
    expect(german.status).toBe(400);
    expect((german.body as { errors: { parameter: string }[] }).errors[0].parameter).toBe("language");
    expect((await call("GET", "register?format=csv&language=xx", { token })).status).toBe(400);
  });
});
