/**
 * The Open Cookie Database (jkwakman/Open-Cookie-Database, Apache-2.0; licence and attribution ship in
 * public/licenses/open-cookie-database/), trimmed by scripts/open-cookie-database.ts: what a cookie the field's open
 * dataset knows is for (platform, description, retention). It is part of the analysis engine, which the panel loads
 * after its first paint.
 *
 * The same rule as the built-in catalogue (src/core/classify/catalogue/corroborate.ts): a row whose Domain column names a
 * domain counts only for a cookie of that site (docs/rules.md §7 "Collision guard"; Open Cookie Database Domain
 * column); a generic name (plain lower-case words, or three characters or fewer) counts only
 * beside another cookie of the same platform. Its category informs the class of an otherwise unknown cookie, never
 * overrides what the value shows (Google's sign-in cookies are filed under Marketing, yet they are session IDs).
 */
import type { CookieClass, KnownCookie } from '../../analysis-types.ts';
import { bareDomain } from '../../cookie/cookie.ts';
import data from './open-cookie-database.json';

/** [name, platform index, category index, domain, description, retention, prefix 0|1] */
type Row = [string, number, number, string, string, string, number];

interface OcdData {
  source: { name: string; url: string; commit: string; licence: string };
  platforms: string[];
  categories: string[];
  rows: Row[];
}

const OCD = data as unknown as OcdData;

export interface OcdEntry {
  name: string;
  prefix: boolean;
  platform: string;
  /** The dataset's own category: Functional, Marketing, Analytics, Security, Necessary, Personalization. */
  category: string;
  domain: string;
  description: string;
  retention: string;
}

const EXACT = new Map<string, OcdEntry[]>();
const PREFIXES: OcdEntry[] = [];
/** Prefix rows by first character, longest first: most names are checked against a handful, not all 260. */
const PREFIX_BUCKETS = new Map<string, OcdEntry[]>();
for (const [name, platform, category, domain, description, retention, prefix] of OCD.rows) {
  const entry: OcdEntry = {
    name,
    prefix: prefix === 1,
    platform: OCD.platforms[platform] ?? '',
    category: OCD.categories[category] ?? '',
    domain,
    description,
    retention,
  };
  if (entry.prefix) PREFIXES.push(entry);
  else {
    const list = EXACT.get(name) ?? [];
    list.push(entry);
    EXACT.set(name, list);
  }
}
PREFIXES.sort((a, b) => b.name.length - a.name.length);
for (const p of PREFIXES) {
  const bucket = PREFIX_BUCKETS.get(p.name.charAt(0)) ?? [];
  bucket.push(p);
  PREFIX_BUCKETS.set(p.name.charAt(0), bucket);
}

/** Every row of the shipped copy, in name order (for the agreement script and tests). */
export function ocdEntries(): OcdEntry[] {
  return [...EXACT.values()]
    .flat()
    .concat(PREFIXES)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** How many cookies the shipped copy names. */
export const OCD_SIZE = OCD.rows.length;
export const OCD_SOURCE = OCD.source;

/** A name any application could choose: plain lower-case words (`cart`, `keep_alive`, `connect.sid`) or ≤ 3 characters. */
export function isGenericName(name: string): boolean {
  return name.length <= 3 || /^[a-z]+(?:[._-][a-z]+)*$/.test(name);
}

/** The cookie's host is the listed domain, under it, or a parent of it (a Domain cookie of the listed host's site). */
function siteMatches(entryDomain: string, cookieDomain: string): boolean {
  const host = bareDomain(cookieDomain);
  if (host === '' || entryDomain === '') return false;
  return (
    host === entryDomain || host.endsWith(`.${entryDomain}`) || (host.includes('.') && entryDomain.endsWith(`.${host}`))
  );
}

const possibilityWords = new WeakMap<OcdEntry, string>();
const listedWords = new WeakMap<OcdEntry, string>();

function memoWords(cache: WeakMap<OcdEntry, string>, entry: OcdEntry, make: (e: OcdEntry) => string): string {
  let words = cache.get(entry);
  if (words === undefined) {
    words = make(entry);
    cache.set(entry, words);
  }
  return words;
}

/** Evidence for a row that applies: one sentence per row, built once (a jar repeats the same few names). */
export function ocdListedWords(entry: OcdEntry): string {
  return memoWords(
    listedWords,
    entry,
    (e) => `the Open Cookie Database lists it as ${e.platform}'s ${e.category} cookie: ${e.description}`,
  );
}

/** Evidence for a row nothing corroborates. */
export function ocdPossibilityWords(entry: OcdEntry): string {
  return memoWords(
    possibilityWords,
    entry,
    (e) =>
      `the Open Cookie Database lists '${e.name}' as ${e.platform}'s (${e.category}${e.domain ? `, on ${e.domain}` : ''}), but nothing here points to ${e.platform}: it is judged by its value`,
  );
}

/** Every row for the name: exact rows first, then the longest matching prefix row. */
export function ocdRows(name: string): OcdEntry[] {
  const exact = EXACT.get(name);
  if (exact) return exact;
  for (const p of PREFIX_BUCKETS.get(name.charAt(0)) ?? [])
    if (name.startsWith(p.name) && name.length > p.name.length) return [p];
  return [];
}

export interface OcdMatch {
  entry: OcdEntry;
  /** Why this row applies to this cookie; null when it is only a possibility. */
  support: string | null;
}

/**
 * The row for a cookie, with how it is corroborated. `platformsInJar` are the platforms whose own (non-generic) names
 * are in the same jar.
 */
export function lookupOcd(
  name: string,
  cookieDomain: string,
  platformsInJar: { has(platform: string): boolean },
): OcdMatch | null {
  const rows = ocdRows(name);
  if (rows.length === 0) return null;
  for (const entry of rows)
    if (entry.domain !== '' && siteMatches(entry.domain, cookieDomain))
      return {
        entry,
        support: `it is set for ${bareDomain(cookieDomain)}, ${entry.platform}'s domain in the Open Cookie Database`,
      };
  const open = rows.filter((e) => e.domain === '');
  for (const entry of open) {
    if (!isGenericName(name)) return { entry, support: '' };
    if (platformsInJar.has(entry.platform))
      return { entry, support: `another ${entry.platform} cookie is in the same jar` };
  }
  return { entry: rows[0] as OcdEntry, support: null };
}

/** The platform whose own coinage the name is (a non-generic name of a row with no Domain), or ''. */
export function ocdPlatformOf(name: string): string {
  if (isGenericName(name)) return '';
  for (const e of ocdRows(name)) if (e.domain === '') return e.platform;
  return '';
}

const CATEGORY: Record<string, KnownCookie['category']> = {
  Marketing: 'advertising',
  Analytics: 'analytics',
  Functional: 'functional',
  Necessary: 'functional',
  Personalization: 'functional',
  Security: 'infrastructure',
};

const knownOf = new WeakMap<OcdEntry, KnownCookie>();

export function ocdKnownCookie(entry: OcdEntry): KnownCookie {
  let known = knownOf.get(entry);
  if (!known) {
    known = Object.freeze({
      vendor: entry.platform,
      category: CATEGORY[entry.category] ?? 'functional',
      purpose: entry.description || `${entry.category} cookie`,
      lifetime: entry.retention || 'not stated',
      source: `Open Cookie Database (${entry.category})`,
    });
    knownOf.set(entry, known);
  }
  return known;
}

/**
 * What the dataset's category says about the class of a cookie the value could not place (docs/rules.md §7
 * dataset category → class): Marketing/Analytics → tracking, Personalization → preference, Security → CSRF when the name says so.
 * Functional and Necessary say nothing about the technical class.
 */
export function ocdClassHint(entry: OcdEntry, name: string): CookieClass | null {
  if (entry.category === 'Marketing' || entry.category === 'Analytics') return 'tracking';
  if (entry.category === 'Personalization') return 'preference';
  if (entry.category === 'Security' && /csrf|xsrf|antiforgery/i.test(name)) return 'csrf';
  return null;
}
