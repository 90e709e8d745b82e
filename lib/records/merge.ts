/**
 * Reapplying a user's edits on top of a record someone else saved meanwhile:
 * every top-level field the user changed (compared with the version they
 * opened) takes the user's value; every other field keeps the newer saved
 * value. Nothing the other person changed is lost unless the user changed
 * the same field too.
 */
function comparable(value: unknown): string {
  // Client-side row keys differ between loads and say nothing about the content.
  return JSON.stringify(value, (key, inner) => (key === "key" ? undefined : inner));
}

export function changedFields<T extends Record<string, unknown>>(base: T, mine: T): (keyof T)[] {
  return (Object.keys(mine) as (keyof T)[]).filter((key) => comparable(base[key]) !== comparable(mine[key]));
}

export function mergeOnTop<T extends Record<string, unknown>>(base: T, mine: T, theirs: T): T {
  const merged = { ...theirs };
  for (const key of changedFields(base, mine)) merged[key] = mine[key];
  return merged;
}
