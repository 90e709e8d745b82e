/**
 * The throw-away organisations and people the access matrix runs against:
 * an organisation with one member of each role and a published policy, and
 * another organisation whose owner plays the outsider. Everything is created
 * in the real database and deleted again afterwards.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Role } from "@prisma/client";
import { upsertCountries } from "@/lib/catalogues/countries";
import { createDefaultCatalogues } from "@/lib/catalogues/defaults";
import type { Db } from "@/lib/db";
import { deleteOrganisation } from "@/test/support/delete-organisation";
import { hashPassword } from "@/lib/auth/password";
import { roles } from "@/lib/auth/roles";

export type TestUser = { id: string; email: string; name: string };
export type TestOrganisation = { id: string; slug: string; legalName: string };

/** The password every matrix user has (argon2 is slow: hashed once). */
export const PASSWORD = "matrix-password-2026";

export type World = {
  db: Db;
  run: string;
  organisation: TestOrganisation;
  members: Record<Role, TestUser>;
  foreign: { user: TestUser; organisation: TestOrganisation };
  passwordHash: string;
  /** A fresh name for this run: references, slugs and e-mail addresses must not collide. */
  unique: (prefix: string) => string;
};

export async function createOrganisation(db: Db, slug: string, legalName: string): Promise<TestOrganisation> {
  const organisation = await db.organisation.create({ data: { slug, legalName }, select: { id: true, slug: true, legalName: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  return organisation;
}

export async function createWorld(db: Db): Promise<World> {
  const run = crypto.randomUUID().slice(0, 8);
  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${run}-${++counter}`;
  await upsertCountries(db);
  const passwordHash = await hashPassword(PASSWORD);
  const user = (label: string) =>
    db.user.create({ data: { email: `${label}-${run}@matrix.example`, name: `Matrix ${label}`, passwordHash }, select: { id: true, email: true, name: true } });
  const organisation = await createOrganisation(db, `matrix-${run}`, `Matrix ${run} AG`);
  const members = {} as Record<Role, TestUser>;
  for (const role of roles) {
    members[role] = await user(role.toLowerCase());
    await db.membership.create({ data: { organisationId: organisation.id, userId: members[role].id, role } });
  }
  const foreignOrganisation = await createOrganisation(db, `matrix-other-${run}`, `Other ${run} Ltd`);
  const foreignUser = await user("outsider");
  await db.membership.create({ data: { organisationId: foreignOrganisation.id, userId: foreignUser.id, role: "OWNER" } });
  return { db, run, organisation, members, foreign: { user: foreignUser, organisation: foreignOrganisation }, passwordHash, unique };
}

/** A further organisation in which the same people hold the same roles (for actions that need an empty one). */
export async function createSiblingOrganisation(world: World): Promise<TestOrganisation> {
  const organisation = await createOrganisation(world.db, world.unique("matrix-fresh"), `Fresh ${world.run} GmbH`);
  for (const role of roles) await world.db.membership.create({ data: { organisationId: organisation.id, userId: world.members[role].id, role } });
  return organisation;
}

const UPLOADS = () => path.join(process.cwd(), ".data", "imports");

/** The register uploads waiting in the import store (lib/import/store.ts) for this organisation. */
export async function uploadsOf(organisationId: string): Promise<{ id: string; fileName: string }[]> {
  const names = await readdir(UPLOADS()).catch(() => [] as string[]);
  const uploads = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(UPLOADS(), name), "utf8").catch(() => "{}")) as { id?: string; organisationId?: string; fileName?: string }),
  );
  return uploads.filter((u) => u.organisationId === organisationId && u.id).map((u) => ({ id: u.id!, fileName: u.fileName ?? "" }));
}

/** Deletes an organisation with everything it holds, and its uploads waiting in the import store. */
export async function dropOrganisation(db: Db, organisationId: string) {
  for (const upload of await uploadsOf(organisationId)) await rm(path.join(UPLOADS(), `${upload.id}.json`), { force: true });
  await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
}

/** Deletes every organisation and user of this run (organisations created by the actions under test too). */
export async function deleteWorld(world: World) {
  const { db, run } = world;
  const organisations = await db.organisation.findMany({ where: { slug: { contains: run } }, select: { id: true } });
  for (const { id } of organisations) await dropOrganisation(db, id);
  await db.loginAttempt.deleteMany({ where: { email: { contains: run } } });
  await db.user.deleteMany({ where: { email: { contains: run } } });
}

export function auditCount(db: Db, organisationId: string): Promise<number> {
  return db.auditEvent.count({ where: { organisationId } });
}

/** A form submission, as the browser would send it. */
export function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
