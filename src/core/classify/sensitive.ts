/**
 * Sensitive data in cookie values and decoded payloads, docs/rules.md §6.1:
 * e-mail (ZAP InformationDisclosureInUrlScanRule.emailAddressPattern, TLD widened; matched in linear time), card numbers per brand + Luhn
 * (ZAP PiiScanRule.CreditCard, PiiUtils.isValidLuhn), US SSN (usSSNPattern), password keys (ZAP
 * URL-information-disclosure-messages.txt), private IPv4 (ZAP InfoPrivateAddressDisclosureScanRule family),
 * authorisation flags (WSTG-SESS-01 `IsAdmin=No`).
 */
import type { SensitiveHit } from '../analysis-types.ts';
import { isJsonObject } from '../decode/json.ts';
import { shorten } from '../decode/text.ts';
import { eachEmail } from './email-scan.ts';

const CARD_BRANDS: readonly RegExp[] = [
  /\b3[47]\d{13}\b/g, // AmEx
  /\b3(?:0[0-5]|[68]\d)\d{11}\b/g, // Diners
  /\b6(?:011|5\d{2})\d{12}\b/g, // Discover
  /\b(?:2131|1800|35\d{3})\d{11}\b/g, // JCB
  /\b(?:5[0678]\d\d|6304|6390|67\d\d)\d{8,15}\b/g, // Maestro
  /\b(?:5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}\b/g, // Mastercard
  /\b4\d{12}(?:\d{3})?\b/g, // Visa
];
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
const PRIVATE_IP =
  /\b(?:10\.\d{1,3}\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3})\b/g;
const PASSWORD_KEY = /pass|pwd/i;
const AUTHZ_KEY = /^(?:role|roles|is_?admin|admin|is_?staff|is_?superuser|permissions?|scope|groups?)$/i;
const MAX_SCAN = 8192;
const MAX_HITS = 20;

export function isValidLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Rejects card-shaped digits inside a decimal or scientific notation (ZAP PiiScanRule). */
function insideNumber(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return before === '.' || after === '.' || after === 'e' || after === 'E';
}

/** Calls `found` for every match of a global regex in `text` (a plain loop: this runs for every cookie). */
function eachMatch(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) found(m);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A regex word character (\w): a letter, a digit or '_'; NaN (past either end of the text) is not one. */
const isWordChar = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * What a text could hold, from one pass over its characters (this runs for every value and payload): an '@' or
 * "%40"; the longest run of digits with a word boundary on both sides (every card pattern is `\b` + 12 to 19
 * digits + `\b`, so it is such a run whole, never part of a longer one); `\d{3}-\d{2}-` (an SSN's start) and
 * `(10|172|192)\.\d` (a private IPv4's start). Only the patterns a text can match are then run.
 */
function textShape(t: string): { at: boolean; encodedAt: boolean; cardDigits: number; ssn: boolean; ip: boolean } {
  let at = false;
  let encodedAt = false;
  let ssn = false;
  let ip = false;
  let cardDigits = 0;
  let run = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t.charCodeAt(i); // NaN past the end: closes the last run
    if (isDigit(c)) {
      run++;
      continue;
    }
    if (run > cardDigits && !isWordChar(c) && !isWordChar(t.charCodeAt(i - run - 1))) cardDigits = run;
    if (c === 64) at = true;
    else if (c === 37 && t.charCodeAt(i + 1) === 52 && t.charCodeAt(i + 2) === 48) encodedAt = true;
    else if (
      c === 45 &&
      run >= 3 &&
      isDigit(t.charCodeAt(i + 1)) &&
      isDigit(t.charCodeAt(i + 2)) &&
      t.charCodeAt(i + 3) === 45
    )
      ssn = true;
    else if (c === 46 && run >= 2 && isDigit(t.charCodeAt(i + 1))) {
      const d2 = t.charCodeAt(i - 2);
      const d1 = t.charCodeAt(i - 1);
      const d3 = run >= 3 ? t.charCodeAt(i - 3) : 0;
      // "10." or "172." / "192." just before the dot
      if ((d2 === 49 && d1 === 48) || (d3 === 49 && (d2 === 55 || d2 === 57) && d1 === 50)) ip = true;
    }
    run = 0;
  }
  return { at, encodedAt, cardDigits, ssn, ip };
}

/** Scans free text (a value, a decoded payload, a claim) for e-mails, cards, SSNs and private IPs. */
export function scanText(text: string, where: string, hits: SensitiveHit[]): void {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const shape = textShape(t);
  // E-mail: ZAP's pattern, run by a linear scanner (email-scan.ts): the regex is super-linear on crafted values.
  if (shape.at) eachEmail(t, (m) => add(hits, { kind: 'email', where, sample: m }));
  if (shape.encodedAt) eachEmail(t.replace(/%40/g, '@'), (m) => add(hits, { kind: 'email', where, sample: m }));
  if (shape.cardDigits >= 12) {
    for (const re of CARD_BRANDS) {
      eachMatch(re, t, (m) => {
        if (!insideNumber(t, m.index, m.index + m[0].length) && isValidLuhn(m[0]))
          add(hits, { kind: 'card', where, sample: maskCard(m[0]) });
      });
    }
  }
  if (shape.ssn) eachMatch(SSN, t, (m) => add(hits, { kind: 'ssn', where, sample: m[0] }));
  if (shape.ip) eachMatch(PRIVATE_IP, t, (m) => add(hits, { kind: 'private-ip', where, sample: m[0] }));
}

/** Scans a key/value (JSON key, k=v pair, JWT claim, cookie name) for password and authorisation keys. */
export function scanKey(key: string, value: unknown, where: string, hits: SensitiveHit[]): void {
  const password = PASSWORD_KEY.test(key);
  const authz = AUTHZ_KEY.test(key);
  if (!password && !authz) return; // most keys: nothing to show, so nothing to stringify
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  if (password && shown !== '' && shown !== '""' && shown !== 'null')
    add(hits, { kind: 'password', where, sample: `${key}=${mask(shown)}` });
  if (authz) add(hits, { kind: 'authz-flag', where, sample: shorten(`${key}=${shown}`, 60) });
}

/** Walks JSON (bounded) and scans every key and string. */
export function scanJson(value: unknown, label: string, hits: SensitiveHit[], depth = 0): void {
  if (depth > 8 || hits.length >= MAX_HITS) return;
  if (typeof value === 'string') scanText(value, label, hits);
  else if (Array.isArray(value)) {
    const n = Math.min(value.length, 100);
    for (let i = 0; i < n; i++) scanJson(value[i], label, hits, depth + 1);
  } else if (isJsonObject(value)) {
    let n = 0;
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      if (++n > 200) break;
      const v = value[k];
      const where = `${label} ${k}`;
      scanKey(k, v, where, hits);
      scanJson(v, where, hits, depth + 1);
    }
  }
}

function add(hits: SensitiveHit[], hit: SensitiveHit): void {
  if (hits.length >= MAX_HITS) return;
  if (hits.some((h) => h.kind === hit.kind && h.sample === hit.sample && h.where === hit.where)) return;
  hits.push({ ...hit, sample: shorten(hit.sample, 80) });
}

function maskCard(digits: string): string {
  return `${digits.slice(0, 6)}${'•'.repeat(Math.max(0, digits.length - 10))}${digits.slice(-4)}`;
}

function mask(value: string): string {
  return value.length <= 2
    ? '••'
    : `${value.charAt(0)}${'•'.repeat(Math.min(8, value.length - 2))}${value.charAt(value.length - 1)}`;
}
