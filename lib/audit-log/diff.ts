/**
 * A readable difference between two snapshots of a record, as stored in the
 * audit trail: one entry per changed field path, with the value before and
 * after. Arrays of objects are compared as wholes per index.
 */
export type Change = { path: string; before: unknown; after: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// Bookkeeping fields change on every save and say nothing to a reader.
const IGNORED = new Set(["version", "updatedAt", "updatedById", "createdAt", "createdById"]);

export function diffSnapshots(before: unknown, after: unknown, prefix = ""): Change[] {
  if (same(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((key) => !(prefix === "" && IGNORED.has(key)))
      .flatMap((key) => diffSnapshots(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix || "(record)", before, after }];
}

/** A short human rendering of a snapshot value. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    return value.map((item) => (isPlainObject(item) ? (item.name ?? item.label ?? JSON.stringify(item)) : String(item))).join(", ");
  }
  if (isPlainObject(value)) return String(value.name ?? value.label ?? JSON.stringify(value));
  return String(value);
}
