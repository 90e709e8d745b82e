/**
 * Creates a user (or finds an existing one) and gives them a role in an
 * organisation, creating the organisation with the default catalogues when
 * --org-name is given and it does not exist yet.
 *
 *   npm run user:create -- --email dpo@example.com --org acme --role DPO
 *                          [--name "Jane Doe"] [--password …] [--org-name "Acme Ltd"]
 *
 * Without --password a new user gets a generated one, printed once.
 */
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "../lib/db";
import { hashPassword, PASSWORD_MIN_LENGTH } from "../lib/auth/password";
import { recordAudit } from "../lib/audit";
import { createDefaultCatalogues } from "../lib/catalogues/defaults";

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().email("--email must be an e-mail address"),
  org: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "--org must be a slug: lower-case letters, digits and hyphens"),
  role: z.enum(["OWNER", "DPO", "EDITOR", "VIEWER"], "--role must be OWNER, DPO, EDITOR or VIEWER"),
  name: z.string().trim().max(200).optional(),
  password: z.string().min(PASSWORD_MIN_LENGTH, `--password must have at least ${PASSWORD_MIN_LENGTH} characters`).max(1024).optional(),
  "org-name": z.string().trim().min(1).max(300).optional(),
});

export async function createUser(db: ReturnType<typeof createDb>, input: z.infer<typeof argsSchema>) {
  const generated = input.password ? undefined : crypto.randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(input.password ?? generated!);
  return db.$transaction(async (tx) => {
    let organisation = await tx.organisation.findUnique({ where: { slug: input.org }, select: { id: true, slug: true } });
    let createdOrganisation = false;
    if (!organisation) {
      if (!input["org-name"]) {
        throw new Error(`No organisation "${input.org}". Pass --org-name "Legal name" to create it.`);
      }
      organisation = await tx.organisation.create({
        data: { slug: input.org, legalName: input["org-name"] },
        select: { id: true, slug: true },
      });
      await createDefaultCatalogues(tx, organisation.id);
      createdOrganisation = true;
    }
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: input.password
            ? { passwordHash, sessionVersion: { increment: 1 }, ...(input.name ? { name: input.name } : {}) }
            : input.name
              ? { name: input.name }
              : {},
          select: { id: true, email: true },
        })
      : await tx.user.create({
          data: { email: input.email, name: input.name ?? input.email.split("@")[0], passwordHash },
          select: { id: true, email: true },
        });
    const membership = await tx.membership.upsert({
      where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } },
      create: { userId: user.id, organisationId: organisation.id, role: input.role },
      update: { role: input.role },
      select: { id: true, role: true },
    });
    await recordAudit(tx, {
      organisationId: organisation.id,
      actor: null,
      action: "UPDATE",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: user.email, role: membership.role, createdOrganisation, createdUser: !existing },
    });
    return { user, organisation, createdOrganisation, createdUser: !existing, password: existing ? undefined : generated };
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      org: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      "org-name": { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${String(issue.path[0] ?? "")}: ${issue.message}`);
    console.error('usage: npm run user:create -- --email EMAIL --org SLUG --role OWNER|DPO|EDITOR|VIEWER [--name NAME] [--password PASSWORD] [--org-name "LEGAL NAME"]');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through npm run user:create)");
  const db = createDb(url);
  try {
    const result = await createUser(db, parsed.data);
    if (result.createdOrganisation) console.log(`Created organisation ${result.organisation.slug} with the default catalogues.`);
    console.log(`${result.createdUser ? "Created" : "Updated"} ${result.user.email} as ${parsed.data.role} of ${result.organisation.slug}.`);
    if (result.password) console.log(`Password (shown once): ${result.password}`);
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
