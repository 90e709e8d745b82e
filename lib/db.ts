/**
 * The only PrismaClient. It reaches PostgreSQL through the pg driver adapter
 * (Prisma's query compiler runs in WebAssembly; no native engine is downloaded).
 */
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";

// pg waits for a connection without limit by default: against a server that
// does not answer (rather than refusing), a request would hang until the
// operating system gives up, minutes later. With a limit the user is told
// within seconds that the database cannot be reached. pg-pool applies the same
// limit to waiting for a free pooled connection, hence a generous value.
// Broken connections leave the pool by themselves (pg drops a client that
// errored), so the app serves again as soon as the server is back.
const CONNECTION_TIMEOUT_MS = 10_000;

// pg's default of 10 connections per process is tight when saves of the same
// record wait on each other's row lock while page reads queue behind them.
const POOL_MAX = Number(process.env.DATABASE_POOL_MAX) || 20;

export function createDb(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, max: POOL_MAX }) });
}

export type Db = ReturnType<typeof createDb>;

const globalForDb = globalThis as unknown as { ropaDb?: Db };

function instance(): Db {
  if (!globalForDb.ropaDb) {
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database, or set it.");
    }
    globalForDb.ropaDb = createDb(env.DATABASE_URL);
  }
  return globalForDb.ropaDb;
}

// Created on first use, so that importing this module (e.g. during `next build`)
// needs no database.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
