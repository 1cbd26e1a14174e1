/**
 * Classification of one cookie, in the order of docs/rules.md §4: (1) decode, (2) tracker / infrastructure lookup
 * with the collision guard, (3) framework formats F1–F22, (4) CSRF name, (5) client-side data, (6) opaque session id,
 * (7) preference, (8) structural tracking fallback, (9) unknown. Confidence: framework format + name = high,
 * name only or catalogue only = medium, structural fallback = low.
 */
import type { Classification, Confidence, CookieClass, Readability } from '../analysis-types.ts';
import { bareDomain, registrableDomain } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { ValueDecode } from '../decode/index.ts';
import { jsonPreview } from '../decode/json.ts';
import { isUnsecuredJwt, type JwtData } from '../decode/jwt.ts';
import { corroborate, possibleVendorWords, vendorsNamedIn } from './catalogue/corroborate.ts';
import { type CatalogueEntry, classOfEntry, lookupKnownCookie, toKnownCookie } from './catalogue/index.ts';
import { type EntropyEstimate, estimateEntropy } from './entropy.ts';
import {
  AUTHZ_NAME,
  AUTHZ_VALUE,
  CSRF_NAME,
  PREFERENCE_NAME,
  REMEMBERED_NAME,
  sessionNameReason,
  TOKEN_NAME,
  USER_CLAIMS,
} from './names.ts';
import { lookupOcd, ocdClassHint, ocdKnownCookie, ocdListedWords, ocdPossibilityWords } from './ocd/index.ts';

const OPAQUE_CHARS = /^[A-Za-z0-9_\-+/=.,~]+$/;
const THIRTY_DAYS_S = 30 * 86400;

function entropyWords(e: EntropyEstimate): string {
  return `${e.shape}, about ${e.bits} bits of randomness (an estimate from one value)`;
}

const knownWordsOf = new WeakMap<CatalogueEntry, string>();

/** One sentence per catalogue entry, built once: a jar holds many cookies of the same few vendors. */
function knownWords(entry: CatalogueEntry): string {
  let words = knownWordsOf.get(entry);
  if (words === undefined) {
    words = `a known ${entry.vendor} cookie: ${entry.purpose} (${entry.category}, usually kept ${entry.lifetime})`;
    knownWordsOf.set(entry, words);
  }
  return words;
}

function readabilityOfGeneric(d: ValueDecode): Readability {
  const kind = d.generic?.kind;
  if (kind === 'jwe') return 'encrypted';
  // RFC 7519 §6: an unsecured JWT (alg "none", empty signature) is readable and changeable, never "signed".
  if (kind === 'jwt') return isUnsecuredJwt(d.generic?.layers[0]?.data as JwtData) ? 'readable' : 'signed';
  if (
    kind === 'json' ||
    kind === 'base64-json' ||
    kind === 'kv' ||
    kind === 'serialized-object' ||
    kind === 'base64-text' ||
    kind === 'zlib'
  )
    return 'readable';
  return 'opaque';
}

/** A vendor's session key is a key whatever its alphabet (base64 of an id is still an id): opaque unless encrypted. */
function entryReadability(entryClass: CookieClass, d: ValueDecode): Readability {
  const r = d.framework ? d.framework.readability : readabilityOfGeneric(d);
  return entryClass === 'session-id' && r !== 'encrypted' ? 'opaque' : r;
}

/**
 * Bounded memo for facts and sentences that depend on one string (a cookie's Domain attribute, a host): a jar holds
 * many cookies per domain, so each is worked out, and each sentence kept in memory, once per domain, not per cookie.
 */
function memo(cache: Map<string, string>, key: string, make: (key: string) => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= 1000) cache.clear();
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

const siteOfDomainCache = new Map<string, string>();
const thirdPartyWordsCache = new Map<string, string>();

const siteOfDomain = (domain: string): string => registrableDomain(bareDomain(domain));
const sayThirdParty = (domain: string): string =>
  `set for ${bareDomain(domain)}, a different site from the page: a third-party cookie that can follow you across sites`;

/** The registrable domain of a Domain attribute or host (the PSL lookup is the slow part). */
const siteOf = (domain: string): string => memo(siteOfDomainCache, domain, siteOfDomain);
const thirdPartyWords = (domain: string): string => memo(thirdPartyWordsCache, domain, sayThirdParty);

function isThirdParty(cookie: Cookie, pageHost: string): boolean {
  if (!pageHost) return false;
  return siteOf(cookie.domain) !== siteOf(pageHost);
}

function persistenceWords(cookie: Cookie, nowMs: number): string {
  if (cookie.session || cookie.expirationDate === undefined) return 'deleted when the browser closes (session cookie)';
  const days = Math.round((cookie.expirationDate - nowMs / 1000) / 86400);
  return days >= 0 ? `kept for about ${days} more day${days === 1 ? '' : 's'}` : 'already expired';
}

type Extra = Pick<Classification, 'framework' | 'frameworkLabel' | 'subtype' | 'formatId' | 'entropyBits' | 'known'> & {
  isAuth?: boolean;
};
const NO_EXTRA: Extra = {};

/**
 * Every classification has the same fields in the same order (absent ones undefined): one object shape for the whole
 * jar, built in one step, where spreading optional fields made a new shape, and often a second allocation, per cookie.
 */
function build(
  cls: CookieClass,
  readability: Readability,
  confidence: Confidence,
  evidence: string[],
  extra: Extra = NO_EXTRA,
): Classification {
  return {
    class: cls,
    readability,
    confidence,
    framework: extra.framework,
    frameworkLabel: extra.frameworkLabel,
    subtype: extra.subtype,
    formatId: extra.formatId,
    isAuth: extra.isAuth ?? (cls === 'session-id' || cls === 'auth-token'),
    evidence,
    entropyBits: extra.entropyBits,
    known: extra.known,
  };
}

/** JWT / JWE handling for step 5: auth-token when it carries a user or sits under a token-like name. */
function classifyJwt(cookie: Cookie, d: ValueDecode): Classification | null {
  const layer = d.generic?.layers[0];
  if (!layer || (layer.kind !== 'jwt' && layer.kind !== 'jwe')) return null;
  if (layer.kind === 'jwe') {
    const tokenName = TOKEN_NAME.test(cookie.name);
    return build(
      tokenName ? 'auth-token' : 'client-data',
      'encrypted',
      'medium',
      [
        'an encrypted JWT (JWE, 5 parts): the contents are not readable without the key',
        ...(tokenName ? [`the name '${cookie.name}' says it is a token: whoever holds it can use it`] : []),
      ],
      { framework: 'jwt', frameworkLabel: 'JWE', subtype: 'jwe', formatId: 'jwe', isAuth: tokenName },
    );
  }
  const data = layer.data as JwtData;
  const payload = data.payload ?? {};
  let userClaim: string | undefined;
  for (const claim of USER_CLAIMS) {
    if (claim in payload) {
      userClaim = claim;
      break;
    }
  }
  const authish = userClaim !== undefined || TOKEN_NAME.test(cookie.name);
  const alg = String(data.header.alg);
  const unsigned = isUnsecuredJwt(data);
  return build(
    authish ? 'auth-token' : 'client-data',
    unsigned ? 'readable' : 'signed',
    'high',
    [
      `a JWT (header.payload.signature) whose claims anyone can read: ${jsonPreview(payload)}`,
      unsigned
        ? 'alg "none" / empty signature: nothing stops anyone from changing the claims'
        : `signed with ${alg}: only the signature stops changes, it hides nothing`,
      ...(userClaim ? [`the "${userClaim}" claim names a user, so holding this token is being logged in as them`] : []),
    ],
    {
      framework: 'jwt',
      frameworkLabel: unsigned ? 'unsecured JWT (alg none)' : 'JWT',
      subtype: 'jwt',
      formatId: unsigned ? (authish ? 'jwt-unsigned-auth' : 'jwt-unsigned') : authish ? 'jwt-auth' : 'jwt',
      isAuth: authish,
    },
  );
}

export interface ClassifyInput {
  cookie: Cookie;
  decode: ValueDecode;
  pageHost: string;
  nowMs: number;
  /** Names of the cookies in the same jar: a vendor's own cookie beside a generic name corroborates it. */
  siblingNames?: ReadonlySet<string>;
}

/** The decoded value is the data itself (JSON, key=value, serialized object, base64 JSON, a JWT's claims). */
export function valueIsData(d: ValueDecode): boolean {
  if (d.framework)
    return (
      d.framework.cls === 'client-data' &&
      d.framework.readability !== 'encrypted' &&
      d.framework.subtype !== 'signature'
    );
  const kind = d.generic?.kind;
  return kind === 'json' || kind === 'base64-json' || kind === 'kv' || kind === 'serialized-object' || kind === 'jwt';
}

export function classifyCookie(input: ClassifyInput): Classification {
  const { cookie, decode: d, siblingNames } = input;
  // (2) tracker / infrastructure lookup: the collision guard is applied inside the catalogue, corroboration here.
  const found = lookupKnownCookie(cookie.name, cookie.domain);
  if (!found) return withOpenCookieDatabase(input, classifyByValue(input, null));
  const support = corroborate(found, {
    name: cookie.name,
    domain: cookie.domain,
    val: d.val,
    framework: d.framework?.framework ?? null,
    siblingNames,
  });
  if (!support) {
    // Only a possibility: the vendor is said in the evidence and decides nothing.
    const c = classifyByValue(input, null);
    c.evidence = [...c.evidence, possibleVendorWords(found, cookie.name)];
    return c;
  }
  const c = classifyByValue(input, found);
  if (support?.words) c.evidence = [c.evidence[0] ?? '', support.words, ...c.evidence.slice(1)];
  return c;
}

/**
 * Known-cookie facts from the Open Cookie Database for a name the catalogue does not know. Its category may turn an
 * `unknown` into the class it implies; it never overrides a class the value showed.
 */
function withOpenCookieDatabase({ cookie, siblingNames }: ClassifyInput, c: Classification): Classification {
  const match = lookupOcd(cookie.name, cookie.domain, siblingNames ? vendorsNamedIn(siblingNames) : NO_NAMES);
  if (!match) return c;
  const { entry, support } = match;
  if (support === null) {
    c.evidence = [...c.evidence, ocdPossibilityWords(entry)];
    return c;
  }
  c.known = ocdKnownCookie(entry);
  const listed = ocdListedWords(entry);
  const hint = c.class === 'unknown' ? ocdClassHint(entry, cookie.name) : null;
  if (hint) {
    c.class = hint;
    c.formatId = hint;
    c.confidence = 'medium';
  }
  c.evidence = hint
    ? [listed, ...(support ? [support] : []), ...c.evidence]
    : [...c.evidence, listed, ...(support ? [support] : [])];
  return c;
}

const NO_NAMES: ReadonlySet<string> = new Set();

function classifyByValue(
  { cookie, decode: d, pageHost, nowMs }: ClassifyInput,
  entry: CatalogueEntry | null,
): Classification {
  const { val } = d;
  const known = entry ? toKnownCookie(entry) : undefined;
  let entryClass = entry ? classOfEntry(entry) : null;
  // Evidence beats names: a value that is the data itself is never a vendor's key to server-side data.
  if (entryClass === 'session-id' && valueIsData(d)) entryClass = null;
  if (entry && entryClass && entry.category !== 'framework') {
    const words = knownWords(entry);
    const thirdParty =
      entryClass === 'tracking' && isThirdParty(cookie, pageHost) ? thirdPartyWords(cookie.domain) : null;
    const decodes = d.generic ? `the value decodes (${d.generic.kind})` : null;
    // Built whole: pushing onto a one-element literal reallocates its storage.
    const ev =
      thirdParty === null
        ? decodes === null
          ? [words]
          : [words, decodes]
        : decodes === null
          ? [words, thirdParty]
          : [words, thirdParty, decodes];
    const conf: Confidence = entry.domains || !entry.prefix ? 'high' : 'medium';
    return build(entryClass, entryReadability(entryClass, d), conf, ev, {
      known,
      subtype: entry.category,
      formatId: entryClass,
    });
  }
  // (3) framework formats.
  const fw = d.framework;
  if (fw) {
    const ev = [...fw.evidence];
    let entropyBits: number | undefined;
    if (fw.cls === 'session-id' && fw.idPart) {
      const e = estimateEntropy(fw.idPart, fw.idCharset);
      entropyBits = e.bits;
      ev[0] = `${entropyWords(e)}, ${ev[0] ?? ''}`;
    }
    return build(fw.cls, fw.readability, fw.confidence, ev, {
      framework: fw.framework,
      frameworkLabel: fw.label,
      subtype: fw.subtype,
      formatId: fw.formatId,
      isAuth: fw.isAuth,
      entropyBits,
      known,
    });
  }
  if (entry && entryClass) {
    return build(entryClass, entryReadability(entryClass, d), 'medium', [knownWords(entry)], {
      known,
      subtype: entry.category,
      formatId: entryClass,
    });
  }
  // (4) CSRF by name.
  if (CSRF_NAME.test(cookie.name)) {
    return build(
      'csrf',
      readabilityOfGeneric(d),
      'medium',
      [
        `the name '${cookie.name}' marks an anti-CSRF token (double-submit pattern): it is compared with a token in your form or header, and JavaScript may read it on purpose`,
      ],
      { known, subtype: 'csrf-token', formatId: 'csrf' },
    );
  }
  // CK024: an authorisation decision in an editable value.
  if (AUTHZ_NAME.test(cookie.name) && AUTHZ_VALUE.test(val)) {
    return build(
      'client-data',
      'readable',
      'medium',
      [
        `'${cookie.name}=${val}' is an authorisation flag in plain text with no signature: anyone can change it in their browser (OWASP WSTG-SESS-01 IsAdmin example)`,
      ],
      { known, subtype: 'authz-flag', formatId: 'client-data', isAuth: false },
    );
  }
  // (5) client-side data.
  const jwt = classifyJwt(cookie, d);
  if (jwt) {
    jwt.known = known;
    return jwt;
  }
  const g = d.generic;
  if (g && (g.kind === 'json' || g.kind === 'base64-json' || g.kind === 'kv' || g.kind === 'serialized-object')) {
    const words =
      g.kind === 'json'
        ? `the value is JSON ${g.json !== null ? jsonPreview(g.json) : ''}`
        : g.kind === 'base64-json'
          ? `decodes from base64 to JSON ${g.json !== null ? jsonPreview(g.json) : ''}`
          : g.kind === 'kv'
            ? 'the value is a list of key=value pairs'
            : `decodes to a native serialized object (${g.layers[g.layers.length - 1]?.label ?? ''}): deserializing client data is a classic remote-code-execution risk`;
    return build(
      'client-data',
      'readable',
      'medium',
      [
        `${words}: the data itself is in your browser and anyone holding the cookie can read it`,
        'no signature was recognised, so unless the server checks one elsewhere, anyone can change it too',
      ],
      { known, subtype: g.kind, formatId: 'client-data', isAuth: false },
    );
  }
  // (6) opaque session identifier.
  const opaque = val.length >= 16 && OPAQUE_CHARS.test(val) && (!g || g.kind === 'base64-text');
  const entropy = val.length > 0 ? estimateEntropy(val) : null;
  const nameReason = sessionNameReason(cookie.name);
  if (opaque && entropy && nameReason) {
    return build(
      'session-id',
      'opaque',
      'medium',
      [`${entropyWords(entropy)}, ${nameReason}: a random key whose data lives on the server`],
      { known, subtype: 'opaque-id', formatId: 'session-id', entropyBits: entropy.bits },
    );
  }
  // (7) preference.
  if (REMEMBERED_NAME.test(cookie.name) && val.length > 0 && val.length <= 64 && /^[\w.@ -]+$/.test(val)) {
    return build(
      'preference',
      'readable',
      'medium',
      [
        `the name '${cookie.name}' and the plain-text value "${val}" remember who you said you are, for display`,
        'anyone can read or change it, so a server must never use it to decide who is logged in: that is what the session cookie is for',
      ],
      { known, subtype: 'preference', formatId: 'preference' },
    );
  }
  if (
    PREFERENCE_NAME.test(cookie.name) &&
    val.length <= 64 &&
    (!entropy || entropy.bits < 64 || /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(val))
  ) {
    return build(
      'preference',
      'readable',
      'medium',
      [
        `the name '${cookie.name}' and the short value "${val}" look like a remembered choice (language, theme, consent...)`,
      ],
      { known, subtype: 'preference', formatId: 'preference' },
    );
  }
  if (opaque && entropy && entropy.bits >= 64 && cookie.httpOnly) {
    return build(
      'session-id',
      'opaque',
      'low',
      [`${entropyWords(entropy)}, HttpOnly: it looks like a server-issued random key, though its name does not say so`],
      { known, subtype: 'opaque-id', formatId: 'session-id', entropyBits: entropy.bits },
    );
  }
  // (8) structural tracking fallback.
  const left = cookie.expirationDate !== undefined && !cookie.session ? cookie.expirationDate - nowMs / 1000 : 0;
  if (
    opaque &&
    entropy &&
    entropy.bits >= 64 &&
    left > THIRTY_DAYS_S &&
    (isThirdParty(cookie, pageHost) || !cookie.hostOnly)
  ) {
    return build(
      'tracking',
      'opaque',
      'low',
      [
        `looks like a tracking identifier: ${entropyWords(entropy)}, ${persistenceWords(cookie, nowMs)}, ${isThirdParty(cookie, pageHost) ? 'set by another site' : 'shared with every subdomain'}`,
      ],
      { known, subtype: 'structural', formatId: 'tracking', entropyBits: entropy.bits },
    );
  }
  // (9) unknown.
  const shape =
    val.length === 0
      ? 'the value is empty'
      : entropy && OPAQUE_CHARS.test(val)
        ? entropyWords(entropy)
        : `${val.length} characters, some outside the usual token alphabet`;
  const kept = persistenceWords(cookie, nowMs);
  return build(
    'unknown',
    readabilityOfGeneric(d),
    'low',
    g ? [shape, kept, `the value decodes (${g.kind})`] : [shape, kept],
    {
      known,
      formatId: 'unknown',
      entropyBits: entropy?.bits,
    },
  );
}
