import { defineConfig } from "prisma/config";
import { migrateAdapterFactory } from "./prisma/migrate-adapter";

// The CLI needs a resolvable URL even for `prisma generate`, or Prisma 6.19
// falls back to its native engine and tries to download it. scripts/with-db.ts
// sets the real one (embedded or DATABASE_URL) before any command that connects.
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://localhost:5432/ropa";
process.env.DATABASE_URL = databaseUrl;

// Workaround 6: the WebAssembly schema engine arms 10 s and 60 s guard timers
// it never clears, which keeps `migrate dev` alive for a minute. Timers that
// long never matter to a CLI run, so they must not hold the process open.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimeoutOriginal(handler, ms, ...args);
  if ((ms ?? 0) >= 10_000 && typeof timer === "object" && timer && "unref" in timer) timer.unref();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrateAdapterFactory(databaseUrl),
});
