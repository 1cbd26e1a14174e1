import type { CookieClass, KnownCookie } from '../analysis-types.ts';

export type Category = KnownCookie['category'];

/** One catalogue row. A name ending in '*' is a prefix match (like the OCD's `Wildcard match = 1`). */
export interface CatalogueEntry extends KnownCookie {
  name: string;
  prefix: boolean;
  /**
   * Collision guard (cookie-rules.md §(b) "Name collisions"): the entry applies only when the cookie's domain is one of
   * these registrable domains or a subdomain of one; `google.*` means any public suffix after `google.`.
   */
  domains?: readonly string[];
  /** Class the entry implies; default from the category (analytics/advertising → tracking, ...). */
  cls?: CookieClass;
}

/** [name, purpose, lifetime?, cls?] — lifetime defaults to the vendor block's. */
export type Row = readonly [name: string, purpose: string, lifetime?: string, cls?: CookieClass];

export interface VendorBlock {
  vendor: string;
  category: Category;
  lifetime: string;
  source: string;
  domains?: readonly string[];
  cls?: CookieClass;
  rows: readonly Row[];
}

export function expand(blocks: readonly VendorBlock[]): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (const b of blocks) {
    for (const [name, purpose, lifetime, cls] of b.rows) {
      const prefix = name.endsWith('*');
      out.push({
        name: prefix ? name.slice(0, -1) : name,
        prefix,
        vendor: b.vendor,
        category: b.category,
        purpose,
        lifetime: lifetime ?? b.lifetime,
        source: b.source,
        ...(b.domains ? { domains: b.domains } : {}),
        ...((cls ?? b.cls) ? { cls: cls ?? b.cls } : {}),
      });
    }
  }
  return out;
}
