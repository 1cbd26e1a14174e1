/**
 * Turns the browser's error text from `cookies.*` into what the user should change.
 * Chrome: `runtime.lastError` formats in extensions/browser/api/cookies/cookies_api.cc and cookies_helpers.cc
 * (kCookieSetFailedError `Failed to parse or set cookie named "*".`, kNoHostPermissionsError, kInvalidUrlError,
 * kNoCookieStoreFoundError), plus the extension schema validator (`Invalid enumeration value`, `Error at parameter`).
 * Firefox: toolkit/components/extensions/parent/ext-cookies.js (`Permission denied to set cookie {…}`,
 * `Invalid cookie store id: "…"`, `First-Party Isolation is enabled, but the required 'firstPartyDomain' attribute
 * was not set.`) and the cookie service's rejection texts in netwerk/locales/en-US/necko.properties
 * (`Cookie “n” rejected because it has the “SameSite=None” attribute but is missing the “secure” attribute.`,
 * `Cookie “n” has been rejected for invalid prefix.`, `… is invalid because its size is too big.`).
 */
import type { CookieDraft } from './draft.ts';
import { validateCookieEdit } from './validate.ts';

export type BrowserName = 'Chrome' | 'Firefox';

interface Translation {
  test: RegExp;
  explain: (message: string, draft: CookieDraft, browser: BrowserName) => string;
}

const TRANSLATIONS: Translation[] = [
  { test: /Failed to parse or set cookie/i, explain: (_m, d, b) => explainRefusal(d, b) },
  // Firefox names the refused cookie and its reason; the editor's own rules say which field to change.
  { test: /^Cookie “[^”]*” (?:has been )?(?:rejected|is invalid)/u, explain: (m, d, b) => explainRefusal(d, b, m) },
  {
    test: /No host permissions for cookies at url/i,
    explain: (m) =>
      `Cookie Lens may not change cookies for ${quoted(m) ?? 'this site'}. Allow the extension on this site (Extensions menu → Cookie Lens → "On all sites" or this site) and try again.`,
  },
  {
    test: /^Permission denied to set cookie/i,
    explain: (_m, d) =>
      `Firefox does not let Cookie Lens change cookies for ${host(d)}: its access to websites is off, or the domain is not one the page's host may set. Turn on "Access your data for all websites" (about:addons → Cookie Lens → Permissions) and check the domain.`,
  },
  {
    test: /Invalid url/i,
    explain: (_m, d, b) =>
      `${b} could not build a web address from domain "${d.domain}" and path "${d.path}". Check that the domain is a host name (e.g. example.com) and the path starts with "/".`,
  },
  {
    test: /No cookie store found|Invalid cookie store id|Unknown storeId/i,
    explain: (_m, _d, b) =>
      b === 'Firefox'
        ? 'The cookie store no longer exists (a private window or a container tab may have been closed). Reopen the panel on the page to pick the current store.'
        : 'The cookie store no longer exists (an incognito window may have been closed). Reopen the panel on the page to pick the current store.',
  },
  {
    test: /First-Party Isolation is enabled/i,
    explain: (m) =>
      `Firefox's first-party isolation is on and the request did not say which site the cookie is isolated to (${m.trim()}). This is a Cookie Lens bug: please report it with this text.`,
  },
  {
    test: /partition/i,
    explain: (_m, d, b) =>
      b === 'Firefox'
        ? `Firefox refused the partition key "${d.topLevelSite}". Write the top-level site as scheme and domain only, e.g. https://example.com.`
        : `Chrome refused the partition key "${d.topLevelSite}". Write the top-level site as scheme and domain only, e.g. https://example.com, and make sure your Chrome supports partitioned cookies (Chrome 119 or later).`,
  },
  {
    test: /Invalid enumeration value/i,
    explain: (m, _d, b) =>
      `${b} did not accept one of the chosen options (${m.trim()}). Pick SameSite Strict, Lax, None or "not set".`,
  },
  {
    test: /Error at parameter|Invalid type|Unexpected property|Type error for parameter/i,
    explain: (m, _d, b) =>
      `${b} rejected the request itself (${m.trim()}). This is a Cookie Lens bug: please report it with this text.`,
  },
];

/** `browser`: whose words these are (the background knows which browser it runs in). */
export function explainChromeError(message: string, draft: CookieDraft, browser: BrowserName = 'Chrome'): string {
  const hit = TRANSLATIONS.find((t) => t.test.test(message));
  if (hit) return hit.explain(message, draft, browser);
  const text = message.trim() === '' ? 'no reason given' : message.trim();
  return `${browser} did not save the cookie "${draft.name}" (it said: ${text}). Nothing was changed; check the fields and try again.`;
}

function host(d: CookieDraft): string {
  return d.domain.trim() === '' ? 'this site' : d.domain.trim().replace(/^\./, '');
}

function explainRefusal(d: CookieDraft, browser: BrowserName, said?: string): string {
  const host = d.domain.trim() === '' ? 'example.com' : d.domain.trim().replace(/^\./, '');
  let errors: string[] = [];
  try {
    errors = validateCookieEdit(d, { pageUrl: `https://${host}/`, nowMs: 0 }).errors.map((e) => e.message);
  } catch {
    errors = [];
  }
  if (errors.length > 0) return `${browser} refused the cookie "${d.name}": ${errors.join(' ')}`;
  if (said)
    return `${browser} refused the cookie "${d.name}" (it said: ${said.trim()}). Nothing was changed; check the fields and try again.`;
  return `${browser} refused the cookie "${d.name}" without giving a reason. Common causes: the site's cookies are blocked in ${browser}'s settings or by policy, or another extension blocks cookie changes. Allow cookies for ${host} and try again.`;
}

function quoted(message: string): string | null {
  return /"([^"]+)"/.exec(message)?.[1] ?? null;
}
