/**
 * Guarded JSON parsing: size and nesting are checked before JSON.parse so hostile values cannot exhaust the stack.
 * Generic JSON in cookies is docs/rules.md §5 F21 (RFC 6265bis §4.1.1 asks servers to encode data; the rest is ours).
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { LazyTextLayer } from './lazy-layer.ts';
import { shorten } from './text.ts';

export const MAX_JSON_LENGTH = 65536;
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of brackets outside strings; stops counting past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Parses a JSON object or array; null for anything else, too long or too deep. Never throws. */
export function parseJsonContainer(text: string): JsonValue[] | { [key: string]: JsonValue } | null {
  const t = text.trim();
  const first = t.charCodeAt(0);
  if ((first !== 123 && first !== 91) || t.length > MAX_JSON_LENGTH) return null;
  const last = t.charCodeAt(t.length - 1);
  if (last !== 125 && last !== 93) return null;
  // Each level of nesting takes two characters, so a short text cannot be too deep (most cookie JSON is short).
  if (t.length > 2 * MAX_JSON_DEPTH && nestingDepth(t, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return null;
  try {
    const value: unknown = JSON.parse(t);
    return typeof value === 'object' && value !== null ? (value as JsonValue[] | { [key: string]: JsonValue }) : null;
  } catch {
    return null;
  }
}

export function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compact one-line JSON for a layer's text and for evidence. */
export function jsonText(value: unknown, max = 2000): string {
  try {
    return shorten(JSON.stringify(value) ?? String(value), max);
  } catch {
    return '[unprintable]';
  }
}

/** A JSON layer: `data` is the parsed value, `text` its compact one-line form, made when first shown. */
export function jsonLayer(value: JsonValue): DecodedLayer {
  return new LazyTextLayer('json', 'JSON', value, jsonText);
}

/** `{"a": 1, "b": "x", ...}` — the first keys of an object, for evidence a learner can read. */
export function jsonPreview(value: unknown, keys = 3): string {
  if (Array.isArray(value)) return `a JSON list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (!isJsonObject(value)) return jsonText(value, 80);
  const entries = Object.entries(value);
  const shown = entries.slice(0, keys).map(([k, v]) => `${JSON.stringify(k)}: ${shorten(jsonText(v, 40), 40)}`);
  return `{${shown.join(', ')}${entries.length > keys ? ', ...' : ''}}`;
}
