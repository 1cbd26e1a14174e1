/** Small shared questions the rules ask about an analysed cookie (notation of docs/rules.md §2). */
import type { AnalyzedCookie, CookieAnalysis, CookieClass } from '../analysis-types.ts';
import { bareDomain, isSecureContextUrl, registrableDomain } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { PageContext, RuleContext, RuleHit } from './types.ts';

/** AUTH(c): a session ID, an auth token, or client data the analysis marked as a session/auth container. */
export function isAuth(a: CookieAnalysis): boolean {
  const cls = a.classification.class;
  return a.classification.isAuth || cls === 'session-id' || cls === 'auth-token';
}

export function isClass(a: CookieAnalysis, cls: CookieClass): boolean {
  return a.classification.class === cls;
}

export function pageContext(pageUrl: string, nowMs: number): PageContext {
  const url = new URL(pageUrl);
  const https = url.protocol === 'https:';
  return {
    url,
    https,
    insecureHttp: url.protocol === 'http:' && !isSecureContextUrl(url),
    site: registrableDomain(url.hostname),
    nowMs,
  };
}

/** Third-party with respect to the page: sameSite3p(c). */
export function isThirdParty(c: Cookie, page: PageContext): boolean {
  return registrableDomain(bareDomain(c.domain)) !== page.site;
}

/** `val`: the value URL-decoded when possible, surrounding double quotes removed. */
export function plainValue(value: string): string {
  const unquoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  try {
    return decodeURIComponent(unquoted);
  } catch {
    return unquoted;
  }
}

type CookieTest = (item: AnalyzedCookie, page: PageContext) => boolean | Omit<RuleHit, 'cookie'>;

/** A cookie-scope check: one hit per cookie the test accepts (`true`, or an object adding severity/detail). */
export function eachCookie(test: CookieTest): (ctx: RuleContext) => RuleHit[] {
  return (ctx) => {
    const hits: RuleHit[] = [];
    for (const item of ctx.cookies) {
      const result = test(item, ctx.page);
      if (result === false) continue;
      hits.push(result === true ? { cookie: item.cookie } : { ...result, cookie: item.cookie });
    }
    return hits;
  };
}
