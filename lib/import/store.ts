/**
 * Uploads waiting for their confirmation. The parsed file is kept on the
 * server (in .data/imports, one JSON file per upload under a random id), so
 * the preview survives a reload, the mapping can be corrected, and the
 * confirmation imports exactly what was previewed without a second upload.
 * Each upload belongs to the member and organisation that made it; anyone
 * else gets "not found". Uploads expire after a few hours.
 *
 * Beside each upload a small `<id>.meta.json` names its owner, file name and
 * time, so the uploads waiting per member and per organisation can be
 * counted (each is up to a few tens of MB on disk, and there is a cap on
 * both) and listed without reading the tables.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_STAGED_PER_ORGANISATION, MAX_STAGED_PER_USER, UPLOAD_TTL_MS } from "./limits";
import { sanitiseMapping, type ColumnMapping } from "./map";
import { message } from "@/lib/i18n/message";

export type StoredUpload = {
  id: string;
  organisationId: string;
  userId: string;
  fileName: string;
  createdAt: string;
} & (
  | { format: "xlsx" | "csv"; table: string[][]; headerRow: number; mapping: ColumnMapping }
  | { format: "json"; document: unknown }
);

type Owner = { organisationId: string; userId: string };
type NewUpload = StoredUpload extends infer U ? (U extends StoredUpload ? Omit<U, "id" | "createdAt"> : never) : never;

const directory = () => path.join(process.cwd(), ".data", "imports");
const ID = /^[a-f0-9]{32}$/;
const file = (id: string) => path.join(directory(), `${id}.json`);
const metaFile = (id: string) => path.join(directory(), `${id}.meta.json`);
const META = /^([a-f0-9]{32})\.meta\.json$/;

/** What the list of waiting uploads shows; the table stays in the upload's own file. */
export type WaitingUpload = { id: string; fileName: string; format: StoredUpload["format"]; createdAt: string };
type Meta = Omit<WaitingUpload, "id"> & Owner;

async function removeExpired() {
  const now = Date.now();
  const names = await readdir(directory()).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(directory(), name)).catch(() => null);
      if (info && now - info.mtimeMs > UPLOAD_TTL_MS) await rm(path.join(directory(), name), { force: true });
    }),
  );
}

/** The uploads waiting for their confirmation, of everyone in the store; a damaged meta file counts as none. */
async function waiting(): Promise<(WaitingUpload & Owner)[]> {
  const names = await readdir(directory()).catch(() => [] as string[]);
  const found = await Promise.all(
    names.map(async (name) => {
      const id = META.exec(name)?.[1];
      const text = id ? await readFile(metaFile(id), "utf8").catch(() => null) : null;
      if (!id || !text) return null;
      try {
        const meta = JSON.parse(text) as Meta;
        if (typeof meta.organisationId !== "string" || typeof meta.userId !== "string" || typeof meta.createdAt !== "string") return null;
        if (!(Date.now() - Date.parse(meta.createdAt) <= UPLOAD_TTL_MS)) return null;
        return { id, organisationId: meta.organisationId, userId: meta.userId, fileName: String(meta.fileName), format: meta.format, createdAt: meta.createdAt };
      } catch {
        return null;
      }
    }),
  );
  return found.filter((upload) => upload !== null);
}

/** This member's uploads in this organisation that wait for their confirmation, newest first. */
export async function listUploads(owner: Owner): Promise<WaitingUpload[]> {
  return (await waiting())
    .filter((upload) => upload.organisationId === owner.organisationId && upload.userId === owner.userId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(({ id, fileName, format, createdAt }) => ({ id, fileName, format, createdAt }));
}

/**
 * Why this member cannot stage another upload now, or null. Checked before
 * the file is read, so a member who is over the cap costs no parsing either.
 */
export async function stagingRefusal(owner: Owner): Promise<string | null> {
  await removeExpired();
  const all = (await waiting()).filter((upload) => upload.organisationId === owner.organisationId);
  if (all.filter((upload) => upload.userId === owner.userId).length >= MAX_STAGED_PER_USER) {
    return message("registerImport.errors.tooManyWaiting", { max: MAX_STAGED_PER_USER });
  }
  if (all.length >= MAX_STAGED_PER_ORGANISATION) {
    return message("registerImport.errors.tooManyWaitingInOrganisation", { max: MAX_STAGED_PER_ORGANISATION });
  }
  return null;
}

export async function saveUpload(upload: NewUpload): Promise<string> {
  await mkdir(directory(), { recursive: true, mode: 0o700 });
  await removeExpired();
  const id = randomBytes(16).toString("hex");
  const createdAt = new Date().toISOString();
  await writeFile(file(id), JSON.stringify({ ...upload, id, createdAt }), { mode: 0o600 });
  const meta: Meta = { organisationId: upload.organisationId, userId: upload.userId, fileName: upload.fileName, format: upload.format, createdAt };
  await writeFile(metaFile(id), JSON.stringify(meta), { mode: 0o600 });
  return id;
}

/** The upload, if it exists, has not expired and belongs to this member in this organisation. */
export async function loadUpload(id: string, owner: Owner): Promise<StoredUpload | null> {
  if (!ID.test(id)) return null;
  const text = await readFile(file(id), "utf8").catch(() => null);
  if (!text) return null;
  const upload = wellFormed(text);
  if (!upload) return null;
  if (upload.organisationId !== owner.organisationId || upload.userId !== owner.userId) return null;
  if (Date.now() - Date.parse(upload.createdAt) > UPLOAD_TTL_MS) return null;
  return upload;
}

const isTable = (value: unknown): value is string[][] => Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === "string"));

/**
 * The stored upload, or null when the file is damaged (cut short by a full
 * disk, edited by hand): the user is asked to upload again rather than shown
 * an error page, and a damaged table or mapping never reaches the import.
 */
function wellFormed(text: string): StoredUpload | null {
  let upload: StoredUpload;
  try {
    upload = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof upload !== "object" || upload === null || typeof upload.organisationId !== "string" || typeof upload.userId !== "string") return null;
  if (typeof upload.fileName !== "string" || typeof upload.createdAt !== "string") return null;
  if (upload.format === "json") return upload;
  if (upload.format !== "xlsx" && upload.format !== "csv") return null;
  if (!isTable(upload.table) || !Number.isInteger(upload.headerRow) || upload.headerRow < 0 || upload.headerRow >= upload.table.length) return null;
  return { ...upload, mapping: sanitiseMapping(upload.table[upload.headerRow], upload.mapping) };
}

export async function updateMapping(id: string, owner: Owner, mapping: ColumnMapping): Promise<boolean> {
  const upload = await loadUpload(id, owner);
  if (!upload || upload.format === "json") return false;
  await writeFile(file(id), JSON.stringify({ ...upload, mapping }), { mode: 0o600 });
  return true;
}

/**
 * Removes the upload if it is this member's. Its meta file says so even when
 * the table's file is damaged, so such an upload can still be cancelled and
 * stops counting against the cap.
 */
export async function deleteUpload(id: string, owner: Owner): Promise<void> {
  if (!ID.test(id)) return;
  const meta = (await waiting()).find((upload) => upload.id === id);
  const owned = meta ? meta.organisationId === owner.organisationId && meta.userId === owner.userId : (await loadUpload(id, owner)) !== null;
  if (owned) await Promise.all([rm(file(id), { force: true }), rm(metaFile(id), { force: true })]);
}
