/**
 * The analysis entry point: decode + classify + sensitive-data scan for one cookie. Pure and synchronous, no browser API.
 */
import type { CookieAnalysis, DecodedLayer, SensitiveHit } from './analysis-types.ts';
import { classifyCookie } from './classify/classify.ts';
import { scanJson, scanKey, scanText } from './classify/sensitive.ts';
import type { Cookie } from './cookie/model.ts';
import { base64Alphabet } from './decode/base64.ts';
import { decodeCookieValue, type DecodeOptions } from './decode/index.ts';
import type { JwtData } from './decode/jwt.ts';
import { decodeBase64Payload } from './decode/payload.ts';

const EMBEDDED_BASE64 = /[A-Za-z0-9+/_-]{30,}={0,2}/g; // ZAP Base64Disclosure (docs/rules.md §6.1)

let lastPageUrl = '';
let lastPageHost = '';

/** The page host; the last answer is remembered because a whole jar is analysed against one page URL. */
export function hostOf(pageUrl: string | URL): string {
  if (pageUrl instanceof URL) return pageUrl.hostname;
  if (pageUrl === lastPageUrl) return lastPageHost;
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    host = '';
  }
  lastPageUrl = pageUrl;
  lastPageHost = host;
  return host;
}

/** docs/rules.md §6.1: scan the value and every decoded payload / claim. */
function scanSensitive(cookie: Cookie, val: string, layers: DecodedLayer[], decodedSomething: boolean): SensitiveHit[] {
  const hits: SensitiveHit[] = [];
  scanKey(cookie.name, val, 'cookie name', hits);
  scanText(val, 'value', hits);
  for (const layer of layers) {
    if (layer.kind === 'json') scanJson(layer.data, 'JSON key', hits);
    else if (layer.kind === 'jwt') {
      const data = layer.data as JwtData;
      if (data.payload) scanJson(data.payload, 'JWT claim', hits);
    } else if (layer.kind === 'kv') {
      const pairs = layer.data as Record<string, string>;
      for (const k in pairs) {
        const v = pairs[k] ?? '';
        const where = `pair ${k}`;
        scanKey(k, v, where, hits);
        scanText(v, where, hits);
      }
    } else if (layer.kind === 'base64' || layer.kind === 'base64url') {
      // The decoded text itself, never the display text (a hex dump of binary would look like card numbers).
      const text = (layer.data as { text?: string | null } | undefined)?.text;
      if (text) scanText(text, layer.label, hits);
    } else if (layer.kind === 'zlib') scanText(layer.text, layer.label, hits);
  }
  // A value made only of base64 characters has one embedded match, itself, and decodeGeneric already found nothing in it.
  if (!decodedSomething && val.length >= 30 && base64Alphabet(val) === null) {
    EMBEDDED_BASE64.lastIndex = 0;
    let m: RegExpExecArray | null;
    // exec on the shared regex: matchAll would clone it and make an iterator for every such value.
    for (let n = 0; n < 4 && (m = EMBEDDED_BASE64.exec(val)) !== null; n++) {
      const p = decodeBase64Payload(m[0], false);
      if (p?.json) scanJson(p.json, 'embedded base64 JSON key', hits);
      else if (p?.text) scanText(p.text, 'embedded base64', hits);
    }
  }
  return hits;
}

export interface AnalyzeOptions {
  /** Names of the other cookies in the jar (lets `session` + `session.sig` be recognised together). */
  siblingNames?: ReadonlySet<string>;
}

/**
 * Shared, frozen empty lists: most cookies have no decoded layer and no sensitive hit, and an analysis is kept for
 * every cookie in the jar, so two fewer objects each is less for the garbage collector to copy.
 */
const NO_LAYERS: DecodedLayer[] = Object.freeze([]) as unknown as DecodedLayer[];
const NO_HITS: SensitiveHit[] = Object.freeze([]) as unknown as SensitiveHit[];

export function analyzeCookie(
  cookie: Cookie,
  pageUrl: string | URL,
  nowMs = Date.now(),
  options: AnalyzeOptions = {},
): CookieAnalysis {
  return analyzeWith(cookie, hostOf(pageUrl), { nowMs, siblingNames: options.siblingNames });
}

/** What every cookie of one jar shares, built once per jar (src/core/analyze-jar.ts). */
export type JarOptions = DecodeOptions & { nowMs: number };

/** One cookie against a jar's page host and options (no per-cookie allocation of either). */
export function analyzeWith(cookie: Cookie, pageHost: string, jar: JarOptions): CookieAnalysis {
  const nowMs = jar.nowMs;
  const decode = decodeCookieValue(cookie.name, cookie.value, jar);
  const classification = classifyCookie({ cookie, decode, pageHost, nowMs, siblingNames: jar.siblingNames });
  const decodedSomething = decode.framework !== null || decode.generic !== null;
  const sensitive = scanSensitive(cookie, decode.val, decode.layers, decodedSomething);
  return {
    layers: decode.layers.length === 0 ? NO_LAYERS : decode.layers,
    classification,
    sensitive: sensitive.length === 0 ? NO_HITS : sensitive,
  };
}
