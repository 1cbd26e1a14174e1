/**
 * Key/value pairs inside one cookie value, e.g. WSTG-SESS-01's `ID=…:CR=1:TM=…:LM=…:S=…` or `a=1&b=2`
 * (docs/rules.md §4 step 5: "two or more key=value / key:value pairs").
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { LazyTextLayer } from './lazy-layer.ts';
import { shorten } from './text.ts';

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,40}$/;
const SEPARATORS = ['&', ':', '|', ';', ','] as const;
const MAX_PAIRS = 64;

function pairsFor(text: string, sep: string): Record<string, string> | null {
  const parts = text.split(sep);
  if (parts.length < 2 || parts.length > MAX_PAIRS) return null;
  const out: Record<string, string> = {};
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq);
    if (!KEY.test(key)) return null;
    out[key] = part.slice(eq + 1);
  }
  return out;
}

/** Parses ≥ 2 key=value pairs with one consistent separator; null otherwise. */
export function parseKeyValuePairs(text: string): Record<string, string> | null {
  if (text.length > 4096 || text.indexOf('=') === -1) return null;
  for (const sep of SEPARATORS) {
    if (text.indexOf(sep) === -1) continue;
    const pairs = pairsFor(text, sep);
    if (pairs) return pairs;
  }
  return null;
}

function pairLines(pairs: Record<string, string>): string {
  return shorten(
    Object.keys(pairs)
      .map((k) => `${k} = ${pairs[k] ?? ''}`)
      .join('\n'),
    2000,
  );
}

export function kvLayer(pairs: Record<string, string>): DecodedLayer {
  let count = 0;
  for (const _ in pairs) count++;
  return new LazyTextLayer('kv', `${count} key=value pairs`, pairs, pairLines);
}
