/**
 * The built-in catalogue of well-known cookies, written from vendor documentation (each block cites its source), with
 * exact and prefix names and domain guards (docs/rules.md §7 "Collision guard").
 */
import type { CookieClass, KnownCookie } from '../../analysis-types.ts';
import { bareDomain, registrableDomain } from '../../cookie/cookie.ts';
import { ADVERTISING } from './advertising.ts';
import { ANALYTICS } from './analytics.ts';
import { CONSENT } from './consent.ts';
import { FRAMEWORKS_CATALOGUE } from './frameworks.ts';
import { INFRASTRUCTURE } from './infrastructure.ts';
import { PLATFORMS } from './platforms.ts';
import { type CatalogueEntry, type Category, expand } from './types.ts';

export type { CatalogueEntry, Category } from './types.ts';

export const CATALOGUE: readonly CatalogueEntry[] = expand([
  ...ANALYTICS,
  ...ADVERTISING,
  ...CONSENT,
  ...INFRASTRUCTURE,
  ...PLATFORMS,
  ...FRAMEWORKS_CATALOGUE,
]);

const EXACT = new Map<string, CatalogueEntry[]>();
/** Prefix entries bucketed by first character, longest prefix first. */
const PREFIX = new Map<string, CatalogueEntry[]>();
for (const e of CATALOGUE) {
  const map = e.prefix ? PREFIX : EXACT;
  const key = e.prefix ? e.name.charAt(0) : e.name;
  const list = map.get(key) ?? [];
  list.push(e);
  map.set(key, list);
}
for (const list of PREFIX.values()) list.sort((a, b) => b.name.length - a.name.length);

/** Does the cookie's domain satisfy the entry's domain guard? */
function guardMatches(entry: CatalogueEntry, cookieDomain: string): boolean {
  if (!entry.domains) return true;
  const host = bareDomain(cookieDomain);
  if (host === '') return false;
  for (const d of entry.domains) {
    if (d.endsWith('.*')) {
      const site = registrableDomain(host);
      if (site.startsWith(d.slice(0, -1))) return true;
    } else if (host === d || host.endsWith(`.${d}`)) return true;
  }
  return false;
}

/** Guarded entries win over unguarded ones; an entry whose guard fails is skipped. */
function pick(
  list: readonly CatalogueEntry[] | undefined,
  name: string,
  cookieDomain: string,
  prefix: boolean,
): CatalogueEntry | null {
  if (!list) return null;
  let fallback: CatalogueEntry | null = null;
  for (const e of list) {
    if (prefix && !name.startsWith(e.name)) continue;
    if (!guardMatches(e, cookieDomain)) continue;
    if (e.domains) return e;
    fallback ??= e;
    if (prefix) return fallback;
  }
  return fallback;
}

/** The catalogue entry for a cookie name on a domain, or null. Exact names win over prefixes. */
export function lookupKnownCookie(name: string, cookieDomain: string): CatalogueEntry | null {
  const exact = pick(EXACT.get(name), name, cookieDomain, false);
  if (exact) return exact;
  // __Secure-/__Host- prefixed copies of a known name (6265bis §4.1.3) are the same cookie.
  const unprefixed = name.startsWith('__') ? name.replace(/^__(?:Secure|Host)-/, '') : name;
  if (unprefixed !== name) {
    const again = pick(EXACT.get(unprefixed), unprefixed, cookieDomain, false);
    if (again) return again;
  }
  return pick(PREFIX.get(name.charAt(0)), name, cookieDomain, true);
}

const CLASS_OF_CATEGORY: Record<Category, CookieClass | null> = {
  analytics: 'tracking',
  advertising: 'tracking',
  consent: 'preference',
  cdn: 'infrastructure',
  infrastructure: 'infrastructure',
  functional: 'preference',
  framework: null,
};

/** The class a catalogue entry implies, or null when the value must decide (framework names). */
export function classOfEntry(entry: CatalogueEntry): CookieClass | null {
  return entry.cls ?? CLASS_OF_CATEGORY[entry.category];
}

const knownOfEntry = new WeakMap<CatalogueEntry, KnownCookie>();

/** The public KnownCookie shape (no matching internals); one frozen object per entry, shared by every cookie it names. */
export function toKnownCookie(entry: CatalogueEntry): KnownCookie {
  let known = knownOfEntry.get(entry);
  if (!known) {
    known = Object.freeze({
      vendor: entry.vendor,
      category: entry.category,
      purpose: entry.purpose,
      lifetime: entry.lifetime,
      ...(entry.source ? { source: entry.source } : {}),
    });
    knownOfEntry.set(entry, known);
  }
  return known;
}
