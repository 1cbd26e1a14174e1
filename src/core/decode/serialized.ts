/**
 * Native serialisation formats recognised by their magic bytes (CK031, after the Django 1.5.3 release notes; patterns are
 * heuristic, ours): Java `0xACED0005` (base64 `rO0AB`), Python pickle PROTO opcode `0x80` + protocol 2–5 (base64 `gA`),
 * .NET BinaryFormatter header (base64 `AAEAAAD/////`), Ruby Marshal 4.8 (`0x04 0x08`), PHP serialize() text.
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { hex, latin1 } from './base64.ts';
import { shorten, visibleText } from './text.ts';

export type SerializedFormat = 'java' | 'pickle' | 'php' | 'dotnet' | 'ruby-marshal';

const PHP_SERIALIZED = /^(?:a:\d+:\{|O:\d+:"|s:\d+:"|i:-?\d+;|b:[01];)/;

const FORMAT_LABEL: Record<SerializedFormat, string> = {
  java: 'Java serialized object (magic AC ED 00 05)',
  pickle: 'Python pickle (PROTO opcode 0x80)',
  php: 'PHP serialize() data',
  dotnet: '.NET BinaryFormatter data',
  'ruby-marshal': 'Ruby Marshal data (version 4.8)',
};

/** Recognises a binary serialisation by its first bytes. */
export function serializedFormatOfBytes(b: Uint8Array): SerializedFormat | null {
  if (b.length < 4) return null;
  if (b[0] === 0xac && b[1] === 0xed && b[2] === 0x00 && b[3] === 0x05) return 'java';
  if (b[0] === 0x80 && (b[1] ?? 0) >= 2 && (b[1] ?? 0) <= 5) return 'pickle';
  if (
    b.length >= 9 &&
    b[0] === 0 &&
    b[1] === 1 &&
    b[2] === 0 &&
    b[3] === 0 &&
    b[4] === 0 &&
    b[5] === 0xff &&
    b[6] === 0xff &&
    b[7] === 0xff &&
    b[8] === 0xff
  )
    return 'dotnet';
  if (b[0] === 0x04 && b[1] === 0x08) return 'ruby-marshal';
  return null;
}

export function isPhpSerialized(text: string): boolean {
  return PHP_SERIALIZED.test(text);
}

export function serializedLayer(format: SerializedFormat, content: Uint8Array | string): DecodedLayer {
  const shown = typeof content === 'string' ? content : `${hex(content, 48)}\n${latin1(content, 400)}`;
  return {
    kind: 'serialized',
    label: FORMAT_LABEL[format],
    text: shorten(visibleText(shown), 1200),
    data: { format },
  };
}
