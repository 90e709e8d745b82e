import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { nextRetryAt } from "./deliver";
import { eventForAudit } from "./events";
import { generateSecret, signatureHeaders } from "./secret";

describe("webhook events", () => {
  it("stand for the audit events of activity changes and policy publications only", () => {
    expect(eventForAudit("ProcessingActivity", "CREATE")).toBe("activity.created");
    expect(eventForAudit("ProcessingActivity", "DUPLICATE")).toBe("activity.created");
    expect(eventForAudit("ProcessingActivity", "BULK_UPDATE")).toBe("activity.updated");
    expect(eventForAudit("ProcessingActivity", "RETIRE")).toBe("activity.retired");
    expect(eventForAudit("Policy", "PUBLISH")).toBe("policy.published");
    expect(eventForAudit("Policy", "UPDATE")).toBeNull();
    expect(eventForAudit("ProcessingActivity", "DELETE")).toBeNull();
    expect(eventForAudit("Recipient", "CREATE")).toBeNull();
    expect(eventForAudit("toString", "constructor")).toBeNull();
  });

  it("are signed so that the Standard Webhooks reference library accepts them", () => {
    const secret = generateSecret();
    const body = JSON.stringify({ id: "msg_1", type: "webhook.test" });
    const headers = signatureHeaders(secret, "msg_1", new Date(), body);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });

  it("are retried after growing pauses until the attempts are used up", () => {
    const now = new Date("2026-12-03T12:00:00Z");
    const pauses = [1, 2, 7].map((number) => (nextRetryAt({ number, maxAttempts: 8 }, now)!.getTime() - now.getTime()) / 1000);
    expect(pauses[0]).toBeCloseTo(Math.E, 3);
    expect(pauses[1]).toBeGreaterThan(pauses[0]);
    expect(pauses[2]).toBeGreaterThan(1000);
    expect(nextRetryAt({ number: 8, maxAttempts: 8 }, now)).toBeNull();
  });
});
