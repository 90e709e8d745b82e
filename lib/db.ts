/**
 * The only PrismaClient. It reaches PostgreSQL through the pg driver adapter
 * (Prisma's query compiler runs in WebAssembly; no native engine is downloaded).
 */
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";

export function createDb(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
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
