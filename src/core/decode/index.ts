/**
 * Decodes one cookie value into layers, outermost first (docs/rules.md §4 step 1): quotes → URL → framework format
 * (docs/rules.md §5 F1–F22) or generic decoding (JWT/JWE, JSON, base64 → zlib → JSON/serialized, key=value pairs).
 * Pure, synchronous, never throws.
 */
import type { DecodedLayer } from '../analysis-types.ts';
import { detectFramework, type FrameworkMatch } from './frameworks/index.ts';
import { decodeGeneric, type GenericDecode } from './generic.ts';
import { safeDecodeURIComponent, shorten, stripQuotes, visibleText } from './text.ts';

export type { FrameworkMatch } from './frameworks/index.ts';
export type { GenericDecode, GenericKind } from './generic.ts';

export interface ValueDecode {
  /** Quotes stripped, then URL-decoded: `val` of docs/rules.md §2. */
  val: string;
  layers: DecodedLayer[];
  framework: FrameworkMatch | null;
  generic: GenericDecode | null;
}

export interface DecodeOptions {
  nowMs?: number;
  siblingNames?: ReadonlySet<string>;
}

export function decodeCookieValue(name: string, value: string, options: DecodeOptions = {}): ValueDecode {
  const layers: DecodedLayer[] = [];
  const unquoted = stripQuotes(value);
  if (unquoted !== value)
    layers.push({ kind: 'quotes', label: 'surrounding quotes removed', text: shorten(visibleText(unquoted), 2000) });
  const val = safeDecodeURIComponent(unquoted);
  if (val !== unquoted) layers.push({ kind: 'url', label: 'URL-decoded', text: shorten(visibleText(val), 2000) });
  const ctx = {
    name,
    lowerName: name.toLowerCase(),
    raw: value,
    val,
    nowMs: options.nowMs ?? Date.now(),
    siblingNames: options.siblingNames,
  };
  const framework = detectFramework(ctx);
  if (framework)
    return {
      val,
      layers: layers.length === 0 ? framework.layers : layers.concat(framework.layers),
      framework,
      generic: null,
    };
  let generic: GenericDecode | null = null;
  try {
    generic = decodeGeneric(val);
  } catch {
    generic = null; // decoders guard themselves; this is the last line of defence for hostile input
  }
  return {
    val,
    layers: generic === null ? layers : layers.length === 0 ? generic.layers : layers.concat(generic.layers),
    framework: null,
    generic,
  };
}
