/**
 * Evidence beats names. A catalogue row names a cookie; whether *this* cookie is that vendor's is a separate question:
 * - a guarded row (domains) already matched the vendor's domain, and a vendor-coined name (`_ga`, `_shopify_y`) is
 *   the vendor's by itself;
 * - a generic name (GENERIC_NAMES: `cart`, `localization`, `keep_alive`, `sessionid`...) counts only when something
 *   corroborates it: the value has the vendor's documented shape (or the framework's detector recognised it), the
 *   cookie is set for one of the vendor's own domains, or another cookie of the same vendor, under a name of its own
 *   coinage, is in the same jar (e.g. `_shopify_y` next to `cart`).
 * Without corroboration the vendor is only a possibility, said in the evidence; it never decides the class.
 * (docs/rules.md §7 "Collision guard": a generic name counts only beside another cookie of the same platform.)
 */
import type { Framework } from '../../analysis-types.ts';
import { bareDomain, registrableDomain } from '../../cookie/cookie.ts';
import { ocdPlatformOf } from '../ocd/index.ts';
import { type CatalogueEntry, lookupKnownCookie } from './index.ts';

export interface CookieFacts {
  name: string;
  /** The cookie's Domain attribute (or host). */
  domain: string;
  /** The value, unquoted and URL-decoded. */
  val: string;
  /** The framework whose format the value matched, if any. */
  framework: Framework | null;
  /** Names of the cookies in the same jar. */
  siblingNames?: ReadonlySet<string>;
}

export type SupportKind = 'domain' | 'name' | 'framework' | 'home' | 'shape' | 'sibling';

export interface Support {
  by: SupportKind;
  /** Why the vendor is believed, in plain words (empty for 'domain' and 'name': the known-cookie sentence says it). */
  words: string;
}

const vendorsOfJar = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, string>>();
/** name → the vendor whose own coinage it is ('' for none); names repeat across jars and updates. */
const vendorOfName = new Map<string, string>();

function ownVendor(name: string): string {
  let vendor = vendorOfName.get(name);
  if (vendor === undefined) {
    const entry = lookupKnownCookie(name, ''); // '' fails every domain guard: unguarded rows only
    vendor = entry ? (entry.generic ? '' : entry.vendor) : ocdPlatformOf(name);
    if (vendorOfName.size >= 5000) vendorOfName.clear();
    vendorOfName.set(name, vendor);
  }
  return vendor;
}

/**
 * vendor → a cookie name in the jar that is that vendor's own coinage (an unguarded, non-generic catalogue row, or an
 * Open Cookie Database row without a Domain under a non-generic name). Once per jar.
 */
export function vendorsNamedIn(names: ReadonlySet<string>): ReadonlyMap<string, string> {
  let vendors = vendorsOfJar.get(names);
  if (!vendors) {
    const found = new Map<string, string>();
    for (const name of names) {
      const vendor = ownVendor(name);
      if (vendor !== '' && !found.has(vendor)) found.set(vendor, name);
    }
    vendors = found;
    vendorsOfJar.set(names, vendors);
  }
  return vendors;
}

function onDomains(cookieDomain: string, domains: readonly string[]): string | null {
  const host = bareDomain(cookieDomain);
  if (host === '') return null;
  const site = registrableDomain(host);
  for (const d of domains) if (host === d || host.endsWith(`.${d}`) || site === d) return d;
  return null;
}

const BY_DOMAIN: Support = Object.freeze({ by: 'domain', words: '' });
const BY_NAME: Support = Object.freeze({ by: 'name', words: '' });
/** One framework Support per entry: a jar holds many `sessionid`/`csrftoken` cookies of the same framework. */
const byFramework = new WeakMap<CatalogueEntry, Support>();

/** How the cookie is known to be the entry's vendor's, or null when nothing corroborates a generic name. */
export function corroborate(entry: CatalogueEntry, facts: CookieFacts): Support | null {
  if (entry.domains) return BY_DOMAIN;
  if (!entry.generic) return BY_NAME;
  if (entry.framework !== undefined && facts.framework === entry.framework) {
    let support = byFramework.get(entry);
    if (!support) {
      // Generic names are exact rows, so the cookie's name is the entry's.
      support = Object.freeze({
        by: 'framework',
        words: `the value has ${entry.vendor}'s own format, so the name '${entry.name}' is ${entry.vendor}'s here`,
      });
      byFramework.set(entry, support);
    }
    return support;
  }
  const home = entry.home ? onDomains(facts.domain, entry.home) : null;
  if (home !== null)
    return { by: 'home', words: `it is set for ${bareDomain(facts.domain)}, a ${entry.vendor} domain (${home})` };
  if (entry.shape?.test(facts.val))
    return { by: 'shape', words: `the value has the shape ${entry.vendor} documents for '${entry.name}'` };
  const sibling = facts.siblingNames ? vendorsNamedIn(facts.siblingNames).get(entry.vendor) : undefined;
  if (sibling !== undefined && sibling !== facts.name)
    return { by: 'sibling', words: `'${sibling}', a cookie only ${entry.vendor} sets, is in the same jar` };
  return null;
}

const possibleWordsOf = new WeakMap<CatalogueEntry, string>();

/** The evidence line for a vendor the name suggests but nothing corroborates (built once per entry). */
export function possibleVendorWords(entry: CatalogueEntry, name: string): string {
  if (name !== entry.name) return vendorPossibility(entry, name);
  let words = possibleWordsOf.get(entry);
  if (words === undefined) {
    words = vendorPossibility(entry, name);
    possibleWordsOf.set(entry, words);
  }
  return words;
}

function vendorPossibility(entry: CatalogueEntry, name: string): string {
  const checks = [
    ...(entry.shape ? [`the value is not in ${entry.vendor}'s format`] : []),
    ...(entry.home ? [`it is not set for a ${entry.vendor} domain`] : []),
    `no other ${entry.vendor} cookie is in the jar`,
  ];
  return `the name '${name}' is also used by ${entry.vendor} (${entry.purpose}), but nothing else points to ${entry.vendor} (${checks.join(', ')}): it is judged by its value, not by its name`;
}
