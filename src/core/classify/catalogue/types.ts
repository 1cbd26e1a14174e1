import type { CookieClass, Framework, KnownCookie } from '../../analysis-types.ts';

export type Category = KnownCookie['category'];

/** One catalogue row. A name ending in '*' is a prefix match (like the OCD's `Wildcard match = 1`). */
export interface CatalogueEntry extends KnownCookie {
  name: string;
  prefix: boolean;
  /**
   * Collision guard (docs/rules.md §7): the entry applies only when the cookie's domain is one of
   * these registrable domains or a subdomain of one; `google.*` means any public suffix after `google.`.
   */
  domains?: readonly string[];
  /** Class the entry implies; default from the category (analytics/advertising → tracking, ...). */
  cls?: CookieClass;
  /**
   * A name an application could well choose for its own cookie (plain words such as `cart`, `localization`): without a
   * domain guard, such an entry counts only when something corroborates it (src/core/classify/catalogue/corroborate.ts).
   */
  generic: boolean;
  /** The vendor's own domains: a cookie set for one of them corroborates a generic name (not a guard). */
  home?: readonly string[];
  /** The vendor's documented value shape for this name: a value of that shape corroborates a generic name. */
  shape?: RegExp;
  /** The framework whose detector (src/core/decode/frameworks/) recognising the value corroborates the name. */
  framework?: Framework;
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
  /** See CatalogueEntry.home. */
  home?: readonly string[];
  /** Value shapes by row name; see CatalogueEntry.shape. */
  shapes?: Readonly<Record<string, RegExp>>;
  /** See CatalogueEntry.framework. */
  framework?: Framework;
  rows: readonly Row[];
}

/**
 * Names of unguarded rows that are plain words any application might use for a cookie of its own: the name alone
 * never says which vendor set the cookie (docs/rules.md §7 "Collision guard"). Every other unguarded name is the
 * vendor's own coinage (`_ga`, `_shopify_y`, `hubspotutk`, `datadome`) and identifies it.
 */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  // Shopify storefront cookies (www.shopify.com/legal/cookies)
  'cart',
  'cart_sig',
  'cart_ts',
  'cart_currency',
  'secure_customer_sig',
  'localization',
  'keep_alive',
  '_landing_page',
  '_orig_referrer',
  '_secure_session_id',
  // framework defaults that are also ordinary words
  'sessionid',
  'csrftoken',
  'messages',
  'SESSION',
  'form_key',
  'private_content_version',
  // short or plain names of other vendors
  '_cb',
  '_px',
  'mbox',
  'dpm',
  'xbc',
  'visitor_id',
  'lpv',
]);

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
        generic: GENERIC_NAMES.has(prefix ? name.slice(0, -1) : name),
        ...(b.home ? { home: b.home } : {}),
        ...(b.shapes?.[name] ? { shape: b.shapes[name] } : {}),
        ...(b.framework ? { framework: b.framework } : {}),
      });
    }
  }
  return out;
}
