/**
 * The API call log: every call with a known token is written, refusals
 * included, a failed write never changes the answer, and the daily pruning
 * deletes old calls and old webhook deliveries while keeping recent ones.
 */
import { describe, expect, it, vi } from "vitest";
import { pruneLogs, recordApiCall } from "@/lib/api/call-log";
import { setUpApiContract } from "@/test/support/api-contract";

const contract = setUpApiContract();
const { db, call, tokenFor } = contract;

const DAY = 24 * 60 * 60 * 1000;

describe("the API call log", () => {
  it("writes one row per call with the token, method, path with query, status and duration, a scope refusal included", async () => {
    const reader = await tokenFor(["READ"]);
    expect((await call("GET", "activities?status=ACTIVE&limit=5", { token: reader.token })).status).toBe(200);
    const writer = await tokenFor(["WRITE_RECORDS"]);
    expect((await call("GET", "activities", { token: writer.token })).status).toBe(403);

    const read = await db.apiCall.findMany({ where: { tokenId: reader.id } });
    expect(read).toEqual([
      expect.objectContaining({ organisationId: contract.world.organisation.id, method: "GET", path: "/api/v1/activities?status=ACTIVE&limit=5", status: 200 }),
    ]);
    expect(read[0].durationMs).toBeGreaterThanOrEqual(0);
    const refused = await db.apiCall.findMany({ where: { tokenId: writer.id } });
    expect(refused).toEqual([expect.objectContaining({ method: "GET", path: "/api/v1/activities", status: 403 })]);
  });

  it("writes nothing for an unknown token, and cuts a long path to 500 characters", async () => {
    const before = await db.apiCall.count({ where: { organisationId: contract.world.organisation.id } });
    expect((await call("GET", "activities", { token: `ropa_${"x".repeat(43)}` })).status).toBe(401);
    expect(await db.apiCall.count({ where: { organisationId: contract.world.organisation.id } })).toBe(before);

    const reader = await tokenFor(["READ"]);
    await call("GET", `activities?q=${"a".repeat(600)}`, { token: reader.token });
    const [row] = await db.apiCall.findMany({ where: { tokenId: reader.id } });
    expect(row.path).toHaveLength(500);
  });

  it("logs a failed write and resolves, so the answer goes out anyway", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // No such token: the foreign key refuses the row.
      await expect(
        recordApiCall(db, { organisationId: contract.world.organisation.id, tokenId: "no-such-token", method: "GET", url: new URL("http://x/api/v1/activities"), status: 200, durationMs: 3 }),
      ).resolves.toBeUndefined();
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("API call log"), expect.anything());
    } finally {
      logged.mockRestore();
    }
  });

  it("prunes calls and webhook deliveries older than the given days and keeps recent ones", async () => {
    const world = contract.world;
    const token = await tokenFor(["READ"]);
    const now = new Date();
    const old = new Date(now.getTime() - 91 * DAY);
    const recent = new Date(now.getTime() - 89 * DAY);
    const row = { organisationId: world.organisation.id, tokenId: token.id, method: "GET", path: "/api/v1/activities", status: 200, durationMs: 1 };
    const oldCall = await db.apiCall.create({ data: { ...row, at: old } });
    const recentCall = await db.apiCall.create({ data: { ...row, at: recent } });
    const endpoint = await db.webhookEndpoint.create({ data: { organisationId: world.organisation.id, url: "https://hooks.example/prune", events: ["webhook.test"], secret: "whsec_dGVzdA==" } });
    const delivery = { endpointId: endpoint.id, eventId: "evt", eventType: "webhook.test", attempt: 1, payload: {} };
    const oldDelivery = await db.webhookDelivery.create({ data: { ...delivery, createdAt: old } });
    const recentDelivery = await db.webhookDelivery.create({ data: { ...delivery, createdAt: recent } });

    const pruned = await pruneLogs(db, 90, now);

    expect(pruned.calls).toBeGreaterThanOrEqual(1);
    expect(pruned.deliveries).toBeGreaterThanOrEqual(1);
    expect(await db.apiCall.findMany({ where: { id: { in: [oldCall.id, recentCall.id] } }, select: { id: true } })).toEqual([{ id: recentCall.id }]);
    expect(await db.webhookDelivery.findMany({ where: { id: { in: [oldDelivery.id, recentDelivery.id] } }, select: { id: true } })).toEqual([{ id: recentDelivery.id }]);
  });
});
