/**
 * Helpers for "payload SEP [timestamp SEP] signature" formats: Django signing (django/core/signing.py: b64_encode
 * without '=', base62 timestamp via `baseconv.base62` / `b62_encode`, '.' prefix = zlib) and itsdangerous
 * (src/itsdangerous/timed.py: timestamp = base64url of the big-endian integer; encoding.py `int_to_bytes`).
 */
import { decodeBase64 } from '../base64.ts';
import { jsonPreview } from '../json.ts';
import { decodeBase64Payload, type PayloadDecode } from '../payload.ts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Django's base62 (digits, then upper case, then lower case). */
export function base62Decode(text: string): number | null {
  if (text.length === 0 || text.length > 10) return null;
  let n = 0;
  for (const ch of text) {
    const d = BASE62.indexOf(ch);
    if (d < 0) return null;
    n = n * 62 + d;
  }
  return n;
}

/** itsdangerous timestamp: base64url of a big-endian unsigned integer. */
export function bigEndianBase64Int(text: string): number | null {
  if (text.length === 0 || text.length > 11) return null;
  const bytes = decodeBase64(text);
  if (!bytes || bytes.length === 0 || bytes.length > 8) return null;
  let n = 0;
  for (const b of bytes) n = n * 256 + b;
  return n;
}

const TWENTY_YEARS_S = 20 * 365.25 * 86400;

/** F6a: a timestamp is plausible within ±20 years of now. */
export function plausibleTimestamp(seconds: number | null, nowMs: number): seconds is number {
  return seconds !== null && Math.abs(seconds - nowMs / 1000) <= TWENTY_YEARS_S;
}

/** Decodes a signed payload ('.' prefix = zlib). */
export function decodeSignedPayload(payload: string): PayloadDecode | null {
  const compressed = payload.startsWith('.');
  return decodeBase64Payload(compressed ? payload.slice(1) : payload, compressed, false);
}

export function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** "decodes to JSON {...}" or a fallback for non-JSON payloads. */
export function payloadWords(p: PayloadDecode | null): string {
  if (!p) return 'a payload that does not decode';
  if (p.json !== null) return `decodes to JSON ${jsonPreview(p.json)}`;
  if (p.serialized) return `decodes to a ${p.serialized} serialized object`;
  return 'decodes to binary data';
}
