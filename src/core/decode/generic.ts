/**
 * Format-agnostic decoding of one cookie value (docs/rules.md §4 step 1): JWE/JWS, JSON, PHP serialize(),
 * base64/base64url (→ zlib → JSON / serialized object / text) and key=value pairs. Cheap shape checks run first.
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { base64Alphabet } from './base64.ts';
import type { JsonValue } from './json.ts';
import { decodeJwe, decodeJws } from './jwt.ts';
import { kvLayer, parseKeyValuePairs } from './kv.ts';
import { decodeBase64Payload, textLayers } from './payload.ts';

export type GenericKind = 'jwt' | 'jwe' | 'json' | 'base64-json' | 'serialized-object' | 'kv' | 'base64-text' | 'zlib';

export interface GenericDecode {
  kind: GenericKind;
  layers: DecodedLayer[];
  json: JsonValue | null;
}

/** Decodes `val` (already unquoted and URL-decoded); null when nothing meaningful comes out. */
export function decodeGeneric(val: string): GenericDecode | null {
  if (val.length < 2) return null;
  const first = val.charCodeAt(0);
  if (first === 101 /* e */ && val.startsWith('eyJ')) {
    const jwe = decodeJwe(val);
    if (jwe) return { kind: 'jwe', layers: [jwe], json: null };
    const jws = decodeJws(val);
    if (jws) return { kind: 'jwt', layers: [jws], json: null };
  }
  if (first === 123 || first === 91 || first === 97 || first === 79 || first === 115 || first === 105 || first === 98) {
    const t = textLayers(val);
    if (t.json !== null) return { kind: 'json', layers: t.layers, json: t.json };
    if (t.serialized) return { kind: 'serialized-object', layers: t.layers, json: null };
  }
  if (val.length >= 8 && base64Alphabet(val)) {
    const p = decodeBase64Payload(val, false);
    if (p) {
      if (p.serialized) return { kind: 'serialized-object', layers: p.layers, json: null };
      if (p.json !== null) return { kind: 'base64-json', layers: p.layers, json: p.json };
      if (p.text !== null) {
        const kv = parseKeyValuePairs(p.text);
        if (kv) return { kind: 'kv', layers: [...p.layers, kvLayer(kv)], json: null };
      }
      return { kind: p.compressed ? 'zlib' : 'base64-text', layers: p.layers, json: null };
    }
  }
  const kv = parseKeyValuePairs(val);
  if (kv) return { kind: 'kv', layers: [kvLayer(kv)], json: null };
  return null;
}
