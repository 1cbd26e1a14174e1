/**
 * Base64 (RFC 4648 §4) and base64url (RFC 4648 §5) decoding without atob/Buffer, so it runs the same in the panel and Node.
 * Accepts missing padding (Django `b64_encode` and itsdangerous strip `=`; cookie-rules.md F2, F6).
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

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text, or null when they are not valid UTF-8. */
export function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
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
