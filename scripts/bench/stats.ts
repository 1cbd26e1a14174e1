/** Small statistics for the benchmark: every figure is a median (or p95) of at least MIN_RUNS samples. */
export const MIN_RUNS = 5;

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples');
  return [...samples].sort((a, b) => a - b);
}

export function median(samples: readonly number[]): number {
  const s = sorted(samples);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  const s = sorted(samples);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** Runs `once` `runs` times (at least MIN_RUNS) in sequence and returns the samples. */
export async function sample(runs: number, once: (i: number) => Promise<number> | number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < Math.max(MIN_RUNS, runs); i++) out.push(await once(i));
  return out;
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
