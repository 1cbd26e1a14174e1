/**
 * Entropy estimate for one opaque value, docs/rules.md §6.2 (OWASP WSTG-SESS-01: a single sample only gives an upper
 * bound). Reference values: Django sessionid 32×log2(36) ≈ 165; PHP/Tomcat 32 hex = 128; ASP.NET 24×5 = 120;
 * express-session 24 random bytes = 192; UUIDv4 = 122 (RFC 4122 §4.4); UUIDv7 74 random bits; UUIDv1 predictable.
 */

import { containsEmail } from './email-scan.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Charset {
  bits: number;
  words: string;
}

const DIGITS: Charset = { bits: Math.log2(10), words: 'digits' };
const LOWER_HEX: Charset = { bits: 4, words: 'lowercase hex digits' };
const UPPER_HEX: Charset = { bits: 4, words: 'uppercase hex digits' };
const BASE32_HEX: Charset = { bits: 5, words: 'characters from 0-9 and a-v' };
const LOWER_ALNUM: Charset = { bits: Math.log2(36), words: 'lowercase letters and digits' };
const UPPER_ALNUM: Charset = { bits: Math.log2(36), words: 'uppercase letters and digits' };
const ALNUM: Charset = { bits: Math.log2(62), words: 'letters and digits' };
const BASE64: Charset = { bits: 6, words: 'base64 characters' };
const MIXED: Charset = { bits: Math.log2(95), words: 'mixed characters' };

// Character kinds, one bit each, so one pass over the value finds the smallest alphabet.
const K_DIGIT = 1;
const K_LOWER_HEX = 2; // a-f
const K_LOWER_V = 4; // g-v
const K_LOWER_REST = 8; // w-z
const K_UPPER_HEX = 16; // A-F
const K_UPPER_REST = 32; // G-Z
const K_BASE64_PUNCT = 64; // _ - , + / =
const K_OTHER = 128;

function kindOf(c: number): number {
  if (c >= 48 && c <= 57) return K_DIGIT;
  if (c >= 97 && c <= 102) return K_LOWER_HEX;
  if (c >= 103 && c <= 118) return K_LOWER_V;
  if (c >= 119 && c <= 122) return K_LOWER_REST;
  if (c >= 65 && c <= 70) return K_UPPER_HEX;
  if (c >= 71 && c <= 90) return K_UPPER_REST;
  if (c === 95 || c === 45 || c === 44 || c === 43 || c === 47 || c === 61) return K_BASE64_PUNCT;
  return K_OTHER;
}

/** The smallest alphabet of docs/rules.md §6.2 that contains every character, and how to say it. */
export function charsetOf(v: string): Charset {
  let kinds = 0;
  for (let i = 0; i < v.length; i++) kinds |= kindOf(v.charCodeAt(i));
  if (kinds === 0 || kinds & K_OTHER) return MIXED; // the empty value never matched the original `+` patterns
  if (kinds === K_DIGIT) return DIGITS;
  if ((kinds & ~(K_DIGIT | K_LOWER_HEX)) === 0) return LOWER_HEX;
  if ((kinds & ~(K_DIGIT | K_UPPER_HEX)) === 0) return UPPER_HEX;
  if ((kinds & ~(K_DIGIT | K_LOWER_HEX | K_LOWER_V)) === 0) return BASE32_HEX;
  if ((kinds & ~(K_DIGIT | K_LOWER_HEX | K_LOWER_V | K_LOWER_REST)) === 0) return LOWER_ALNUM;
  if ((kinds & ~(K_DIGIT | K_UPPER_HEX | K_UPPER_REST)) === 0) return UPPER_ALNUM;
  if ((kinds & K_BASE64_PUNCT) === 0) return ALNUM;
  return BASE64;
}

export interface EntropyEstimate {
  /** Upper bound in bits from this one value. */
  bits: number;
  /** Plain words: "32 lowercase letters and digits". */
  shape: string;
}

/** Reused counters for Latin-1 characters: this runs for every cookie, so it allocates nothing in the common case. */
const latin1Counts = new Uint32Array(256);

function shannonPerChar(v: string): number {
  let wide: Map<number, number> | null = null;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 256) latin1Counts[c] = (latin1Counts[c] ?? 0) + 1;
    else (wide ??= new Map()).set(c, (wide.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 256) continue;
    const n = latin1Counts[c] ?? 0;
    if (n > 0) {
      h -= (n / v.length) * Math.log2(n / v.length);
      latin1Counts[c] = 0; // count each character once, and leave the counters clean
    }
  }
  if (wide) for (const n of wide.values()) h -= (n / v.length) * Math.log2(n / v.length);
  return h;
}

/** `charset` overrides the alphabet guess when the generator's alphabet is known (e.g. Django's VALID_KEY_CHARS). */
export function estimateEntropy(value: string, charset?: Charset): EntropyEstimate {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 61 /* = */) end--; // base64 padding (a regex /=+$/ is quadratic on "===…=x=")
  const v = end === value.length ? value : value.slice(0, end);
  const uuid = v.length === 36 ? UUID.exec(v) : null;
  if (uuid) {
    const version = uuid[1];
    const bits = version === '4' ? 122 : version === '7' ? 74 : version === '1' ? 0 : 122;
    return { bits, shape: `a version-${version} UUID` };
  }
  const cs = charset ?? charsetOf(v);
  return { bits: Math.round(v.length * cs.bits), shape: `${v.length} ${cs.words}` };
}

/** Reasons the value looks predictable (CK029; flags of docs/rules.md §6.2, after WSTG-SESS-01). */
export function predictabilityFlags(value: string, nowMs = Date.now()): string[] {
  const flags: string[] = [];
  const uuid = UUID.exec(value);
  if (uuid?.[1] === '1') flags.push('a version-1 UUID is made of a timestamp and a machine id, not randomness');
  if (/^\d+$/.test(value)) flags.push('only digits');
  const epoch = /(?:^|\D)(\d{10}|\d{13})(?:\D|$)/.exec(value);
  if (epoch?.[1]) {
    const seconds = epoch[1].length === 13 ? Number(epoch[1]) / 1000 : Number(epoch[1]);
    if (Math.abs(seconds - nowMs / 1000) < 20 * 365.25 * 86400)
      flags.push(`contains what looks like a timestamp (${new Date(seconds * 1000).toISOString()})`);
  }
  if (containsEmail(value)) flags.push('contains an e-mail address');
  if (/(.)\1{5,}/.test(value)) flags.push('a character repeated 6 or more times in a row');
  if (value.length >= 16 && hasRepeatedHalf(value)) flags.push('the same block repeated');
  if (value.length >= 16) {
    const ratio = (value.length * shannonPerChar(value)) / Math.max(1, value.length * charsetOf(value).bits);
    if (ratio < 0.5) flags.push('few distinct characters for its length');
  }
  return flags;
}

function hasRepeatedHalf(v: string): boolean {
  for (const size of [4, 8, 16]) {
    if (v.length < size * 2) continue;
    const block = v.slice(0, size);
    if (v.slice(size, size * 2) === block) return true;
  }
  return false;
}
