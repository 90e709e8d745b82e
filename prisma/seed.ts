/**
 * The seed: the country list, and the demo organisation with three demo users.
 * Safe to run any number of times: the countries are brought up to date, and
 * the demo organisation is created only when it does not exist yet.
 *
 *   tsx prisma/seed.ts   (with DATABASE_URL set, e.g. through scripts/with-db.ts)
 *
 * Relative imports only, so that tsx runs it without the "@/" alias.
 */
import { Prisma, type PrismaClient, type Role } from "@prisma/client";
import { hashPassword } from "../lib/auth/password";
import { upsertCountries } from "../lib/catalogues/countries";
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { createDemoOrganisation, DEMO_ORGANISATION_SLUG } from "../lib/demo/demo-organisation";

export type SeedOptions = { demoPassword?: string; log?: (message: string) => void };

export const DEMO_PASSWORD = "demo-password-2026";

/** The demo sign-ins with the default password, for the start-up message. */
export const DEMO_LOGINS = {
  dpo: { email: "dpo@demo.example", password: DEMO_PASSWORD },
  viewer: { email: "viewer@demo.example", password: DEMO_PASSWORD },
  owner: { email: "owner@demo.example", password: DEMO_PASSWORD },
} as const;

const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: DEMO_LOGINS.dpo.email, name: "Demo DPO", role: "DPO" },
  { email: DEMO_LOGINS.viewer.email, name: "Demo Viewer", role: "VIEWER" },
  { email: DEMO_LOGINS.owner.email, name: "Demo Owner", role: "OWNER" },
];

export async function seed(db: PrismaClient, options: SeedOptions = {}): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});

  const changed = await upsertCountries(db);
  log(`Countries: ${changed} inserted or updated.`);

  const existing = await db.organisation.findUnique({ where: { slug: DEMO_ORGANISATION_SLUG }, select: { id: true } });
  if (existing) {
    log("Demo organisation exists already; nothing else to do.");
    return { created: false };
  }

  // Hashed outside the transaction: argon2 is deliberately slow.
  const password = options.demoPassword ?? DEMO_PASSWORD;
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(password)));

  let created: { organisationId: string; dpo: { id: string; email: string } } | null = null;
  try {
    await db.$transaction(
      async (tx) => {
        // Existing demo users (e.g. left after the organisation was deleted) keep their password.
        const users: { id: string; email: string }[] = [];
        for (const [index, user] of demoUsers.entries()) {
          users.push(
            await tx.user.upsert({
              where: { email: user.email },
              create: { email: user.email, name: user.name, passwordHash: hashes[index] },
              update: {},
              select: { id: true, email: true },
            }),
          );
        }
        const dpo = users[demoUsers.findIndex((user) => user.role === "DPO")];
        const { organisationId } = await createDemoOrganisation(tx, { actor: dpo });
        await tx.membership.createMany({
          data: demoUsers.map((user, index) => ({ userId: users[index].id, organisationId, role: user.role })),
        });
        created = { organisationId, dpo };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Another seed run created the organisation at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      log("Demo organisation was created concurrently; nothing else to do.");
      return { created: false };
    }
    throw error;
  }
  log(`Demo organisation "${DEMO_ORGANISATION_SLUG}" created with users ${demoUsers.map((user) => user.email).join(", ")}.`);
  if (created) await recordDemo(db, created, log);
  return { created: true };
}

/** The demo's policies as the organisation published them, recorded as version 1 so their public pages exist from the first start. */
async function recordDemo(db: PrismaClient, demo: { organisationId: string; dpo: { id: string; email: string } }, log: (message: string) => void) {
  const { recordDemoPolicies } = await import("../lib/demo/demo-policies");
  const { composeDraft } = await import("../lib/policies/draft");
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: demo.organisationId }, select: { id: true, slug: true, legalName: true } });
  const recorder = { user: { id: demo.dpo.id, email: demo.dpo.email, name: "Demo DPO" }, organisation, role: "DPO" as const };
  const numbers = await recordDemoPolicies(db, organisation.id, recorder, (orgId, policyId) => composeDraft(orgId, policyId, db));
  log(`Demo policies recorded: ${numbers.length}.`);
}

async function main() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the seed through scripts/with-db.ts or set it.");
  const db = createDb(env.DATABASE_URL);
  try {
    await seed(db, { log: (message) => console.log(message) });
  } finally {
    await db.$disconnect();
  }
}

// tsx runs this file as CommonJS; when it is imported (e.g. by a test), it only exports.
if (typeof require !== "undefined" && require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
