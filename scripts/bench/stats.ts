/**
 * Timing and percentiles for the bench. Percentiles use the nearest-rank
 * method on the sorted samples: p95 of 50 runs is the 48th fastest, a time
 * that was actually measured rather than an interpolation.
 */

export type Summary = { runs: number; p50: number; p95: number; min: number; max: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs `run` `runs` times one after the other (after `warmUp` unmeasured runs) and summarises the times. */
export async function measure<T>(runs: number, run: (index: number) => Promise<T> | T, warmUp = 1): Promise<Summary & { last: T }> {
  let last!: T;
  for (let i = 0; i < warmUp; i++) last = await run(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await run(i);
    samples.push(performance.now() - started);
  }
  return { ...summarise(samples), last };
}

/** The median of `runs` runs, for steps too slow for percentiles. */
export async function median<T>(runs: number, run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const result = await measure(runs, run, 0);
  return { ms: result.p50, result: result.last };
}

export const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** "met" or "**missed**", for the target column. */
export const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

/** A whole number from the environment (for smaller development runs), else the default. */
export function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}
