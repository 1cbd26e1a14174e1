/**
 * Decodes a base64/base64url payload into its layers: bytes → optional zlib → UTF-8 → JSON or serialized object.
 * Shared by the generic decoder and the signed formats (Django signing.py `b64_encode`, itsdangerous `base64_encode`).
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { decodeBase64, hex, utf8OrNull } from './base64.ts';
import { jsonLayer, type JsonValue, parseJsonContainer } from './json.ts';
import { isPhpSerialized, type SerializedFormat, serializedFormatOfBytes, serializedLayer } from './serialized.ts';
import { isMostlyPrintable, shorten, visibleText } from './text.ts';
import { inflateCapped, looksLikeZlib } from './zlib.ts';

export interface PayloadDecode {
  layers: DecodedLayer[];
  json: JsonValue | null;
  /** Decoded text when the payload is printable text (JSON or not). */
  text: string | null;
  serialized: SerializedFormat | null;
  compressed: boolean;
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** Layers for text that came out of a decode step: JSON, PHP serialize(), or nothing. */
export function textLayers(text: string): {
  layers: DecodedLayer[];
  json: JsonValue | null;
  serialized: SerializedFormat | null;
} {
  const json = parseJsonContainer(text);
  if (json !== null) return { layers: [jsonLayer(json)], json, serialized: null };
  if (isPhpSerialized(text)) return { layers: [serializedLayer('php', text)], json: null, serialized: 'php' };
  return { layers: [], json: null, serialized: null };
}

const HEX_ONLY = /^[0-9a-fA-F]+$/;

function base64Layer(b64: string, decoded: Uint8Array, asText: string | null): DecodedLayer {
  const alphabet = /[-_]/.test(b64) || !/[+/=]/.test(b64) ? 'base64url' : 'base64';
  const printable = asText !== null && isMostlyPrintable(asText) ? asText : null;
  return {
    kind: alphabet,
    label: alphabet === 'base64url' ? 'base64url-decoded (RFC 4648 §5)' : 'base64-decoded (RFC 4648 §4)',
    text:
      printable !== null ? shorten(visibleText(printable), 2000) : `binary, ${decoded.length} bytes: ${hex(decoded)}`,
    data: { text: printable },
  };
}

/**
 * Decodes `b64`; `compressed` forces a zlib step (Django/itsdangerous '.' prefix), otherwise zlib is tried when the
 * bytes carry a zlib header. `requireMeaning` drops results that are neither JSON, serialized, zlib nor printable text.
 */
export function decodeBase64Payload(b64: string, compressed: boolean, requireMeaning = true): PayloadDecode | null {
  // Only hex digits: an ID in hex (PHP, Tomcat, most random tokens), not base64 of anything readable.
  if (requireMeaning && !compressed && HEX_ONLY.test(b64)) return null;
  let bytes = decodeBase64(b64);
  if (!bytes || bytes.length === 0) return null;
  const decoded = bytes;
  const asText = utf8OrNull(bytes);
  const layers: DecodedLayer[] = [];
  // The base64 layer (its display text is a hex dump for binary) is built only for results that are kept: most
  // base64-looking values decode to nothing meaningful and are dropped.
  let didInflate = false;
  if (compressed || looksLikeZlib(bytes)) {
    const inflated = inflateCapped(bytes);
    if (!inflated) {
      if (compressed) return null;
    } else {
      bytes = inflated.bytes;
      didInflate = true;
      const t = utf8OrNull(bytes);
      layers.push({
        kind: 'zlib',
        label: inflated.truncated ? 'zlib-inflated (cut at 64 KB)' : 'zlib-inflated',
        text: t !== null ? shorten(visibleText(t), 2000) : `binary, ${bytes.length} bytes: ${hex(bytes)}`,
      });
    }
  }
  const magic = serializedFormatOfBytes(bytes);
  if (magic)
    return {
      layers: [base64Layer(b64, decoded, asText), ...layers, serializedLayer(magic, bytes)],
      json: null,
      text: null,
      serialized: magic,
      compressed: didInflate,
    };
  const text = didInflate ? utf8OrNull(bytes) : asText;
  if (text === null)
    return requireMeaning && !didInflate
      ? null
      : {
          layers: [base64Layer(b64, decoded, asText), ...layers],
          json: null,
          text: null,
          serialized: null,
          compressed: didInflate,
        };
  const inner = textLayers(text);
  if (requireMeaning && !didInflate && inner.layers.length === 0 && !(text.length >= 6 && isPrintableAscii(text)))
    return null;
  return {
    layers: [base64Layer(b64, decoded, asText), ...layers, ...inner.layers],
    json: inner.json,
    text,
    serialized: inner.serialized,
    compressed: didInflate,
  };
}
