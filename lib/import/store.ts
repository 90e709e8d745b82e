/**
 * Uploads waiting for their confirmation. The parsed file is kept on the
 * server (in .data/imports, one JSON file per upload under a random id), so
 * the preview survives a reload, the mapping can be corrected, and the
 * confirmation imports exactly what was previewed without a second upload.
 * Each upload belongs to the member and organisation that made it; anyone
 * else gets "not found". Uploads expire after a few hours.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { UPLOAD_TTL_MS } from "./limits";
import { sanitiseMapping, type ColumnMapping } from "./map";

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

export async function saveUpload(upload: NewUpload): Promise<string> {
  await mkdir(directory(), { recursive: true, mode: 0o700 });
  await removeExpired();
  const id = randomBytes(16).toString("hex");
  await writeFile(file(id), JSON.stringify({ ...upload, id, createdAt: new Date().toISOString() }), { mode: 0o600 });
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

export async function deleteUpload(id: string, owner: Owner): Promise<void> {
  if (await loadUpload(id, owner)) await rm(file(id), { force: true });
}
