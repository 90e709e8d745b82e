import { inEnglish } from "@/lib/i18n/english";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Runner } from "graphile-worker";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { retireActivity } from "@/lib/activities/mutations";
import { auditImportedActivities } from "@/lib/import/write";
import type { Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { deleteOrganisation } from "@/test/support/delete-organisation";
import { emitDueDpaReviews } from "./dpa-review";
import { postSigned } from "./http";
import { createWebhookEndpoint, sendTestEvent } from "./mutations";
import { startWebhookWorker } from "./worker";

const db = createDb(process.env.DATABASE_URL!);
const LOCAL = { allowHttp: true, allowPrivate: true };
const PUBLIC_ONLY = { allowHttp: true, allowPrivate: false };

type Received = { headers: http.IncomingHttpHeaders; body: string; status: number };

let runner: Runner;
let server: http.Server;
let receiverUrl: string;
const received: Received[] = [];
// The receiver answers each request with the next status of this list (200 once it is empty).
const statuses: number[] = [];
let waiters: { count: number; resolve: () => void }[] = [];
const organisations: string[] = [];

function receivedAtLeast(count: number): Promise<void> {
  if (received.length >= count) return Promise.resolve();
  return new Promise((resolve) => waiters.push({ count, resolve }));
}

async function makeOwner(): Promise<Actor> {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `hooks-${id}`, legalName: `Webhooks ${id}` }, select: { id: true } });
  organisations.push(organisation.id);
  const user = await db.user.create({
    data: { email: `${id}@hooks.example`, name: "Owner", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role: "OWNER" } } },
    select: { id: true, email: true },
  });
  return { user, organisation, role: "OWNER" };
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const status = statuses.shift() ?? 200;
      received.push({ headers: request.headers, body, status });
      response.writeHead(status).end();
      waiters = waiters.filter((waiter) => (received.length >= waiter.count ? (waiter.resolve(), false) : true));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  runner = await startWebhookWorker({ connectionString: process.env.DATABASE_URL!, db, policy: LOCAL, pollInterval: 250, concurrency: 2 });
});

afterAll(async () => {
  await runner?.stop();
  server?.close();
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("webhook deliveries", () => {
  it("delivers a signed event for an activity change, retries after a failure and logs both attempts", async () => {
    const owner = await makeOwner();
    const created = await createWebhookEndpoint(owner, { url: receiverUrl, description: "Receiver", events: ["activity.retired"], enabled: true }, LOCAL);
    expect(created.ok).toBe(true);
    const { id: endpointId, secret } = created as { id: string; secret: string };
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const activity = await db.processingActivity.create({ data: { organisationId: owner.organisation.id, reference: "HOOK-1", name: "Newsletter" }, select: { id: true, version: true } });
    const start = received.length;
    statuses.push(500);
    const retired = await retireActivity(owner, activity.id, activity.version);
    expect(retired.ok).toBe(true);

    await receivedAtLeast(start + 2);
    const [first, second] = received.slice(start, start + 2);
    expect([first.status, second.status]).toEqual([500, 200]);
    // The same message both times (its id lets the receiver drop repeats), each attempt signed afresh.
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    const event = new Webhook(secret).verify(second.body, second.headers as Record<string, string>) as Record<string, unknown>;
    expect(event).toMatchObject({
      type: "activity.retired",
      organisation: { id: owner.organisation.id },
      data: { id: activity.id, name: "Newsletter", status: "RETIRED" },
    });
    expect(() => new Webhook(`whsec_${Buffer.from("another secret of enough length").toString("base64")}`).verify(second.body, second.headers as Record<string, string>)).toThrow();

    // The log row of the success is written just after the receiver answered.
    await expect.poll(() => db.webhookDelivery.count({ where: { endpointId } }), { timeout: 5000 }).toBe(2);
    const log = await db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { attempt: "asc" } });
    expect(log.map((row) => [row.attempt, row.statusCode, row.eventType])).toEqual([
      [1, 500, "activity.retired"],
      [2, 200, "activity.retired"],
    ]);
    expect(log[0].error).toMatch(/500/);
    expect(log[0].nextRetryAt).not.toBeNull();
    expect(log[1].error).toBeNull();
    expect(log[1].payload).toMatchObject({ id: first.headers["webhook-id"] });
  }, 30_000);

  it("sends nothing for events the endpoint did not subscribe to, and a test event on request", async () => {
    const owner = await makeOwner();
    const created = await createWebhookEndpoint(owner, { url: receiverUrl, description: "", events: ["policy.published"], enabled: true }, LOCAL);
    const endpointId = (created as { id: string }).id;
    const activity = await db.processingActivity.create({ data: { organisationId: owner.organisation.id, reference: "HOOK-2", name: "Payroll" }, select: { id: true, version: true } });
    expect((await retireActivity(owner, activity.id, activity.version)).ok).toBe(true);

    const start = received.length;
    expect((await sendTestEvent(owner, { endpointId })).ok).toBe(true);
    await receivedAtLeast(start + 1);
    expect(JSON.parse(received[start].body)).toMatchObject({ type: "webhook.test", organisation: { id: owner.organisation.id } });
    await expect.poll(() => db.webhookDelivery.count({ where: { endpointId } }), { timeout: 5000 }).toBe(1);
    expect(await db.webhookDelivery.findMany({ where: { endpointId }, select: { eventType: true } })).toEqual([{ eventType: "webhook.test" }]);
  }, 20_000);

  // Activities created by an import were audited in bulk, past the hook that
  // queues webhooks, so receivers never heard of them.
  it("announces activities created by an import", async () => {
    const owner = await makeOwner();
    await createWebhookEndpoint(owner, { url: receiverUrl, description: "", events: ["activity.created"], enabled: true }, LOCAL);
    const activity = await db.processingActivity.create({ data: { organisationId: owner.organisation.id, reference: "HOOK-IMP", name: "Imported" }, select: { id: true } });
    const start = received.length;
    await writeAudited(owner, (tx) => auditImportedActivities(tx, owner, [activity.id]), { client: db });
    await receivedAtLeast(start + 1);
    expect(JSON.parse(received[start].body)).toMatchObject({ type: "activity.created", data: { id: activity.id, name: "Imported" } });
  }, 20_000);

  it("announces a processor's DPA review once per review date", async () => {
    const owner = await makeOwner();
    await createWebhookEndpoint(owner, { url: receiverUrl, description: "", events: ["dpa.review_due"], enabled: true }, LOCAL);
    const processor = await db.recipient.create({
      data: { organisationId: owner.organisation.id, kind: "PROCESSOR", name: "Mail host", dpaStatus: "IN_PLACE", dpaNextReviewOn: new Date("2026-11-30") },
      select: { id: true },
    });
    await db.recipient.create({ data: { organisationId: owner.organisation.id, kind: "PROCESSOR", name: "Later", dpaStatus: "IN_PLACE", dpaNextReviewOn: new Date("2027-06-01") } });
    const start = received.length;
    const today = new Date("2026-12-03T06:00:00Z");
    expect(await emitDueDpaReviews(db, today)).toBeGreaterThanOrEqual(1);
    await emitDueDpaReviews(db, today);
    await receivedAtLeast(start + 1);
    const events = received.slice(start).map((r) => JSON.parse(r.body)).filter((e) => e.organisation.id === owner.organisation.id);
    expect(events).toEqual([expect.objectContaining({ type: "dpa.review_due", data: expect.objectContaining({ id: processor.id, name: "Mail host", reviewDueOn: "2026-11-30" }) })]);
    expect(await db.webhookDpaReviewNotice.count({ where: { recipient: { organisationId: owner.organisation.id } } })).toBe(1);
  }, 20_000);

  it("refuses loopback and private addresses unless they are allowed", async () => {
    const owner = await makeOwner();
    for (const url of [receiverUrl, "http://localhost:8080/", "https://10.0.0.5/hook", "https://[::ffff:127.0.0.1]/", "https://169.254.169.254/latest"]) {
      const result = await createWebhookEndpoint(owner, { url, description: "", events: ["activity.created"], enabled: true }, PUBLIC_ONLY);
      expect(result.ok, url).toBe(false);
      expect(inEnglish(result.fieldErrors!.url), url).toMatch(/public host/);
    }
    expect(await db.webhookEndpoint.count({ where: { organisationId: owner.organisation.id } })).toBe(0);
    // At delivery too: an endpoint saved while allowed is not reached once the setting is off.
    const start = received.length;
    const attempt = await postSigned(receiverUrl, {}, "{}", PUBLIC_ONLY);
    expect(attempt.statusCode).toBeNull();
    expect(attempt.error).toMatch(/public host/);
    expect(received.length).toBe(start);
  });
});
