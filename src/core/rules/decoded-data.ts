/** Reads what the analysis decoded (layers) in the shapes documented in analysis-types.ts. */
import type { CookieAnalysis } from '../analysis-types.ts';

export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown> | null;
  signature: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first JWT (JWS) layer's parts, if any. */
export function jwtOf(a: CookieAnalysis): JwtParts | null {
  for (const layer of a.layers) {
    if (layer.kind !== 'jwt' || !isRecord(layer.data)) continue;
    const { header, payload, signature } = layer.data;
    if (!isRecord(header)) continue;
    return {
      header,
      payload: isRecord(payload) ? payload : null,
      signature: typeof signature === 'string' ? signature : '',
    };
  }
  return null;
}

export function hasLayer(a: CookieAnalysis, kind: CookieAnalysis['layers'][number]['kind']): boolean {
  return a.layers.some((l) => l.kind === kind);
}

/** The serialized-object format the analysis recognised ('java', 'pickle', ...), if any. */
export function serializedFormat(a: CookieAnalysis): string | null {
  for (const layer of a.layers) {
    if (layer.kind === 'serialized' && isRecord(layer.data) && typeof layer.data.format === 'string') {
      return layer.data.format;
    }
  }
  return null;
}

const MAX_DEPTH = 4;

function collectKeys(value: unknown, out: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) collectKeys(v, out, depth + 1);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      collectKeys(v, out, depth + 1);
    }
  }
}

/** Every key of decoded structured data: JSON objects, JWT payload claims, key=value pairs. */
export function decodedKeys(a: CookieAnalysis): string[] {
  const keys = new Set<string>();
  for (const layer of a.layers) {
    if (layer.kind === 'json' || layer.kind === 'kv') collectKeys(layer.data, keys, 0);
    if (layer.kind === 'jwt' && isRecord(layer.data)) collectKeys(layer.data.payload, keys, 0);
  }
  return [...keys];
}
