/**
 * Base64 (RFC 4648 §4) and base64url (RFC 4648 §5) decoding without atob/Buffer, so it runs the same in the panel and Node.
 * Accepts missing padding (Django `b64_encode` and itsdangerous strip `=`; django/core/signing.py, itsdangerous encoding.py).
 */
import { MAX_DECODE_INPUT } from './text.ts';

const STANDARD = /^[A-Za-z0-9+/]+={0,2}$/;
const URL_SAFE = /^[A-Za-z0-9_-]+={0,2}$/;

const LOOKUP = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => {
  LOOKUP[ch.charCodeAt(0)] = i;
});
LOOKUP['-'.charCodeAt(0)] = 62;
LOOKUP['_'.charCodeAt(0)] = 63;

export type Base64Alphabet = 'base64' | 'base64url';

/** Which alphabet the text is written in, or null when it is not base64 at all. */
export function base64Alphabet(text: string): Base64Alphabet | null {
  if (text.length < 2 || text.length > MAX_DECODE_INPUT) return null;
  if (URL_SAFE.test(text)) return 'base64url';
  if (STANDARD.test(text)) return 'base64';
  return null;
}

/** Decodes base64 or base64url (padding optional); null for anything invalid, including a length of 4n+1. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length > MAX_DECODE_INPUT) return null;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (text.length - end > 2 || end % 4 === 1 || end === 0) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (LOOKUP[code] ?? -1) : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function isContinuation(b: Uint8Array, at: number): boolean {
  return ((b[at] ?? 0) & 0xc0) === 0x80;
}

/** Length of a valid UTF-8 sequence starting at i (RFC 3629 §4), or 0 when invalid. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i] ?? 0;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return isContinuation(b, i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = b[i + 1] ?? 0;
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return 0;
    return isContinuation(b, i + 1) && isContinuation(b, i + 2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = b[i + 1] ?? 0;
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return 0;
    return isContinuation(b, i + 1) && isContinuation(b, i + 2) && isContinuation(b, i + 3) ? 4 : 0;
  }
  return 0;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * Bytes as UTF-8 text, or null when they are not valid UTF-8. Validated by hand first: a fatal TextDecoder that throws
 * on every binary payload was the slowest step of the whole analysis.
 */
export function utf8OrNull(bytes: Uint8Array): string | null {
  let ascii = true;
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return null;
    if (n > 1) ascii = false;
    i += n;
  }
  // ASCII is its own UTF-8: one fromCharCode call makes the string (the argument count stays far below engine limits).
  if (ascii && bytes.length <= 1024) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  return UTF8.decode(bytes);
}

/** Bytes as Latin-1 text: always succeeds, used only for display of binary data. */
export function latin1(bytes: Uint8Array, max = 512): string {
  let s = '';
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

export function hex(bytes: Uint8Array, max = 64): string {
  let s = '';
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i++) s += (bytes[i] ?? 0).toString(16).padStart(2, '0');
  return bytes.length > max ? `${s}…` : s;
}
