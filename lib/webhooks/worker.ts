/**
 * The delivery worker: graphile-worker on the application's own database
 * (its tables live in the graphile_worker schema, which it creates and
 * migrates at start). Every app instance may run one; jobs are taken with
 * SKIP LOCKED, and the daily cron jobs are run once per day across instances
 * (graphile-worker's known_crontabs).
 */
import { Logger, parseCrontab, run, type Runner, type Task } from "graphile-worker";
import { pruneLogs } from "@/lib/api/call-log";
import { pruneOrphanTranslations } from "@/lib/translations/prune";
import { db as defaultDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliver } from "./deliver";
import { emitDueDpaReviews } from "./dpa-review";
import { DELIVER_TASK, type DeliveryJob } from "./enqueue";
import { urlPolicyFromEnv } from "./policy";
import type { UrlPolicy } from "./url";

const DPA_REVIEW_TASK = "webhook_dpa_review";
const PRUNE_LOGS_TASK = "prune_logs";

// Only warnings and errors, on one line each: a failed attempt is expected
// (the receiver is down) and is in the delivery log with its details.
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[webhooks] ${message.split("\n")[0]}`);
});

export type WorkerOptions = { connectionString: string; db?: Db; policy?: UrlPolicy; concurrency?: number; pollInterval?: number };

export async function startWebhookWorker(options: WorkerOptions): Promise<Runner> {
  const db = options.db ?? defaultDb;
  const policy = options.policy ?? urlPolicyFromEnv();
  const deliverTask: Task = async (payload, helpers) => {
    await deliver(db, payload as DeliveryJob, { number: helpers.job.attempts, maxAttempts: helpers.job.max_attempts }, policy);
  };
  const dpaReviewTask: Task = async () => {
    await emitDueDpaReviews(db);
  };
  const pruneLogsTask: Task = async () => {
    await pruneLogs(db, env.API_CALL_LOG_DAYS);
    await pruneOrphanTranslations(db);
  };
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollInterval ?? 2000,
    noHandleSignals: true,
    logger,
    taskList: { [DELIVER_TASK]: deliverTask, [DPA_REVIEW_TASK]: dpaReviewTask, [PRUNE_LOGS_TASK]: pruneLogsTask },
    // Daily at 06:00 UTC; after a downtime the missed day is caught up.
    parsedCronItems: parseCrontab(`0 6 * * * ${DPA_REVIEW_TASK} ?fill=1d\n0 6 * * * ${PRUNE_LOGS_TASK} ?fill=1d`),
  });
}
