/**
 * Synchronous zlib inflate with a hard output cap (zlib-bomb guard). Django `signing.dumps(compress=True)` and
 * itsdangerous mark compressed payloads with a leading '.' (django/core/signing.py, itsdangerous url_safe.py; docs/rules.md §5 F2, F6).
 */
import { unzlibSync } from 'fflate';

export const MAX_INFLATED_BYTES = 65536;
/** Compressed inputs beyond this are not inflated at all (a cookie is at most 4096 octets: 6265bis §5.6). */
export const MAX_COMPRESSED_BYTES = 6144;

export interface InflateResult {
  bytes: Uint8Array;
  /** True when the output hit the cap and was cut. */
  truncated: boolean;
}

/** True for a zlib stream header (RFC 1950 §2.2: CM=8, CINFO ≤ 7, FCHECK makes CMF*256+FLG a multiple of 31). */
export function looksLikeZlib(bytes: Uint8Array): boolean {
  const cmf = bytes[0];
  const flg = bytes[1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

/** Inflates a zlib stream, never more than MAX_INFLATED_BYTES; null when the data is not valid zlib. */
export function inflateCapped(bytes: Uint8Array): InflateResult | null {
  if (bytes.length > MAX_COMPRESSED_BYTES || !looksLikeZlib(bytes)) return null;
  try {
    // With a caller-supplied buffer fflate does not grow it: writes past the end are dropped (fflate inflt `resize`).
    const out = unzlibSync(bytes, { out: new Uint8Array(MAX_INFLATED_BYTES + 1) });
    const truncated = out.length > MAX_INFLATED_BYTES;
    return { bytes: truncated ? out.subarray(0, MAX_INFLATED_BYTES) : out, truncated };
  } catch {
    return null;
  }
}
