/**
 * Recognising "the database cannot be reached" among the errors Prisma and
 * the pg driver adapter throw, so that a stopped, restarting or unreachable
 * PostgreSQL gives the user a clear message instead of a generic error page.
 *
 * The shapes below are what actually arrives from Prisma 6.19 with
 * @prisma/adapter-pg and pg 8 (seen against a real server being stopped,
 * restarted and having backends terminated):
 * - no server listening: PrismaClientKnownRequestError P1001 (P2010 for raw
 *   queries) with meta.driverAdapterError.cause.kind "DatabaseNotReachable";
 * - server shut down or backend terminated mid-transaction: the adapter's
 *   "postgres" kind with SQLSTATE 57P01 (admin shutdown), 57P02 (crash) or
 *   57P03 (starting up / shutting down); class 08 is "connection exception";
 * - socket closed without a goodbye (`pg_ctl stop -m immediate`, network
 *   cut): pg's plain Error "Connection terminated unexpectedly".
 * Matching is structural (codes, kinds, messages), not by class, so this
 * module imports nothing that needs a server and is safe in client components.
 */
import { message } from "@/lib/i18n/message";

export const DATABASE_UNAVAILABLE_MESSAGE = message("forms.databaseUnavailable");

/**
 * Prefix of the digest carried by errors that mean "database unavailable".
 * Next.js keeps an error's own digest when it passes it to error.tsx, where
 * this prefix selects the "temporarily unavailable" page.
 */
const DATABASE_UNAVAILABLE_DIGEST = "database-unavailable";

// P1001 can't reach, P1002 timed out, P1008 operations timed out, P1017 server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
// @prisma/driver-adapter-utils error kinds for a lost or refused connection.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// pg and pg-pool throw plain Errors with these messages when a connection is lost or cannot be made.
const MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Can't reach database server/,
];

type Shape = {
  code?: unknown;
  errorCode?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  digest?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
};

function matches(shape: Shape): boolean {
  if (typeof shape.digest === "string" && shape.digest.startsWith(DATABASE_UNAVAILABLE_DIGEST)) return true;
  for (const code of [shape.code, shape.errorCode, shape.originalCode]) {
    if (typeof code !== "string") continue;
    if (PRISMA_CODES.has(code) || SQLSTATES.has(code) || SOCKET_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (typeof shape.kind === "string" && ADAPTER_KINDS.has(shape.kind)) return true;
  return typeof shape.message === "string" && MESSAGES.some((pattern) => pattern.test(shape.message as string));
}

/** True when the error (or what caused it) says the database is unreachable or the connection was lost. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const shape = current as Shape;
    if (matches(shape)) return true;
    queue.push(shape.cause, shape.meta?.driverAdapterError);
    // Connecting to "localhost" tries every address and fails with an AggregateError.
    if (Array.isArray(shape.errors)) queue.push(...shape.errors);
  }
  return false;
}

/** An outage, marked so that error.tsx can tell it from a bug; the original error stays its cause for the log. */
export class DatabaseUnavailableError extends Error {
  readonly digest: string;
  constructor(cause: unknown) {
    super("The database cannot be reached.", { cause });
    this.name = "DatabaseUnavailableError";
    this.digest = `${DATABASE_UNAVAILABLE_DIGEST}-${crypto.randomUUID().slice(0, 8)}`;
  }
}

/** For `.catch()` on a query whose failure ends the request: outages become DatabaseUnavailableError, anything else is rethrown as it was. */
export function rethrowDatabaseUnavailable(error: unknown): never {
  if (isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailableError)) throw new DatabaseUnavailableError(error);
  throw error;
}

/** For error.tsx: the digest Next.js hands over says whether the page failed because the database was unavailable. */
export function isDatabaseUnavailableDigest(digest: unknown): boolean {
  return typeof digest === "string" && digest.startsWith(DATABASE_UNAVAILABLE_DIGEST);
}
