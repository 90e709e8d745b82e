/**
 * The daily "DPA review due" events: every processor and sub-processor whose
 * data processing agreement (Art. 28(3)) is due for review by today, once per
 * processor and review date. A notice is recorded only when an endpoint
 * received it, so an endpoint subscribed later still hears of reviews due.
 */
import type { Db } from "@/lib/db";
import { enqueueEvent, linkTo, subscribedEndpoints } from "./enqueue";

export async function emitDueDpaReviews(db: Db, today: Date = new Date()): Promise<number> {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const due = await db.recipient.findMany({
    where: {
      kind: { in: ["PROCESSOR", "SUB_PROCESSOR"] },
      dpaNextReviewOn: { lte: day },
      organisation: { webhookEndpoints: { some: { enabled: true, events: { has: "dpa.review_due" } } } },
    },
    select: { id: true, name: true, organisationId: true, dpaNextReviewOn: true, dpaReviewNotices: { select: { dueOn: true } } },
  });
  let emitted = 0;
  for (const recipient of due) {
    const dueOn = recipient.dpaNextReviewOn!;
    if (recipient.dpaReviewNotices.some((notice) => notice.dueOn.getTime() === dueOn.getTime())) continue;
    await db.$transaction(async (tx) => {
      // Several instances may run the job: the notice's key lets only one of them emit.
      const inserted = await tx.$executeRaw`INSERT INTO "WebhookDpaReviewNotice" ("recipientId", "dueOn") VALUES (${recipient.id}, ${dueOn}::date) ON CONFLICT DO NOTHING`;
      if (inserted === 0) return;
      const endpoints = await subscribedEndpoints(tx, recipient.organisationId, "dpa.review_due");
      await enqueueEvent(
        tx,
        recipient.organisationId,
        "dpa.review_due",
        { id: recipient.id, name: recipient.name, reviewDueOn: dueOn.toISOString().slice(0, 10), link: linkTo(`/recipients/${recipient.id}`) },
        endpoints,
      );
      emitted++;
    });
  }
  return emitted;
}
