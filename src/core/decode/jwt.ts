/**
 * JWS / JWE compact serialisations (RFC 7515 §7.1, RFC 7516 §7.1), decoded and never verified. The decoding is the
 * equivalent of jose's decodeProtectedHeader/decodeJwt (base64url → UTF-8 → JSON object) done with our own guarded
 * helpers: jose's per-call TextDecoder dominated the analysis profile (~40 µs per token in Node 20).
 * Shapes are docs/rules.md §5 F19/F20; dates are NumericDate seconds (RFC 7519 §2, §4.1.4-4.1.6).
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { decodeBase64, utf8OrNull } from './base64.ts';
import { isJsonObject, jsonText, parseJsonContainer } from './json.ts';
import { LazyTextLayer } from './lazy-layer.ts';
import { MAX_DECODE_INPUT } from './text.ts';

const JWS_SHAPE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const JWE_SHAPE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const DATE_CLAIMS = ['exp', 'iat', 'nbf', 'auth_time'];

export interface JwtData {
  header: Record<string, unknown>;
  payload: Record<string, unknown> | null;
  signature: string;
}

/** A base64url segment as a JSON object, or null (jose: decodeProtectedHeader / decodeJwt payload check). */
function segmentObject(segment: string): Record<string, unknown> | null {
  const bytes = decodeBase64(segment);
  const text = bytes ? utf8OrNull(bytes) : null;
  const value = text === null ? null : parseJsonContainer(text);
  return isJsonObject(value) ? value : null;
}

/** A NumericDate as ISO 8601, or null when it is not a plausible number of seconds. */
export function numericDateIso(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 253402300799) return null;
  return new Date(value * 1000).toISOString();
}

/** Payload with exp/iat/nbf shown as "ISO (seconds)" so a learner reads dates, not numbers. */
function readablePayload(payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...payload };
  for (const claim of DATE_CLAIMS) {
    const iso = numericDateIso(payload[claim]);
    if (iso) out[claim] = `${iso} (${String(payload[claim])})`;
  }
  return out;
}

/** How many '.' the value holds, stopping past `max`: a JWS has 2, a JWE 4, so most values are turned away here. */
function dotCount(value: string, max: number): number {
  let n = 0;
  for (let at = value.indexOf('.'); at !== -1 && n <= max; at = value.indexOf('.', at + 1)) n++;
  return n;
}

/** A JWS (signed JWT) layer, or null. F6a: it is a JWT only when part 1 is JSON with "alg". */
export function decodeJws(value: string): DecodedLayer | null {
  if (value.length > MAX_DECODE_INPUT || dotCount(value, 2) !== 2 || !JWS_SHAPE.test(value)) return null;
  const parts = value.split('.');
  const header = segmentObject(parts[0] ?? '');
  if (!header || typeof header.alg !== 'string') return null;
  // A JWS payload may be any octets (RFC 7515); only a JSON object is a JWT claims set (RFC 7519 §7.2 step 10).
  const payload = segmentObject(parts[1] ?? '');
  const signature = value.slice(value.lastIndexOf('.') + 1);
  const data: JwtData = { header, payload, signature };
  return new LazyTextLayer('jwt', `JWT (JWS, alg ${String(header.alg)}), decoded without verifying`, data, jwsText);
}

function jwsText({ header, payload, signature }: JwtData): string {
  return [
    `header: ${jsonText(header)}`,
    `payload: ${payload ? jsonText(readablePayload(payload)) : '(not a JSON object)'}`,
    `signature: ${signature === '' ? '(empty: unsecured JWT, RFC 7519 §6)' : `${signature.length} characters`}`,
  ].join('\n');
}

/** A JWE layer (only the protected header is readable), or null. */
export function decodeJwe(value: string): DecodedLayer | null {
  if (value.length > MAX_DECODE_INPUT || dotCount(value, 4) !== 4 || !JWE_SHAPE.test(value)) return null;
  const header = segmentObject(value.slice(0, value.indexOf('.')));
  if (!header || typeof header.enc !== 'string' || typeof header.alg !== 'string') return null;
  return {
    kind: 'jwe',
    label: `JWE (encrypted, alg ${String(header.alg)}, enc ${String(header.enc)})`,
    text: `header: ${jsonText(header)}\ncontent: encrypted, not readable without the key`,
    data: { header },
  };
}

/** RFC 7519 §6: an unsecured JWT (alg "none", or no signature at all) is readable and changeable by anyone. */
export function isUnsecuredJwt(data: Pick<JwtData, 'header' | 'signature'>): boolean {
  return String(data.header.alg).toLowerCase() === 'none' || data.signature === '';
}
