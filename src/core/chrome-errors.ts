/**
 * Turns Chrome's `runtime.lastError` text from `chrome.cookies.*` into what the user should change.
 * Message formats: extensions/browser/api/cookies/cookies_api.cc and cookies_helpers.cc (kCookieSetFailedError
 * `Failed to parse or set cookie named "*".`, kNoHostPermissionsError, kInvalidUrlError, kNoCookieStoreFoundError),
 * plus the extension schema validator (`Invalid enumeration value`, `Error at parameter`).
 */
import type { CookieDraft } from './draft.ts';
import { validateCookieEdit } from './validate.ts';

interface Translation {
  test: RegExp;
  explain: (message: string, draft: CookieDraft) => string;
}

const TRANSLATIONS: Translation[] = [
  { test: /Failed to parse or set cookie/i, explain: (_m, d) => explainRefusal(d) },
  {
    test: /No host permissions for cookies at url/i,
    explain: (m) => `Cookie Lens may not change cookies for ${quoted(m) ?? 'this site'}. Allow the extension on this site (Extensions menu → Cookie Lens → "On all sites" or this site) and try again.`,
  },
  {
    test: /Invalid url/i,
    explain: (_m, d) => `Chrome could not build a web address from domain "${d.domain}" and path "${d.path}". Check that the domain is a host name (e.g. example.com) and the path starts with "/".`,
  },
  {
    test: /No cookie store found/i,
    explain: () => 'The cookie store no longer exists (an incognito window may have been closed). Reopen the panel on the page to pick the current store.',
  },
  {
    test: /partition/i,
    explain: (_m, d) => `Chrome refused the partition key "${d.topLevelSite}". Write the top-level site as scheme and domain only, e.g. https://example.com, and make sure your Chrome supports partitioned cookies (Chrome 119 or later).`,
  },
  {
    test: /Invalid enumeration value/i,
    explain: (m) => `Chrome did not accept one of the chosen options (${m.trim()}). Pick SameSite Strict, Lax, None or "not set".`,
  },
  {
    test: /Error at parameter|Invalid type|Unexpected property/i,
    explain: (m) => `Chrome rejected the request itself (${m.trim()}). This is a Cookie Lens bug: please report it with this text.`,
  },
];

export function explainChromeError(message: string, draft: CookieDraft): string {
  const hit = TRANSLATIONS.find((t) => t.test.test(message));
  if (hit) return hit.explain(message, draft);
  const text = message.trim() === '' ? 'no reason given' : message.trim();
  return `Chrome did not save the cookie "${draft.name}" (it said: ${text}). Nothing was changed; check the fields and try again.`;
}

function explainRefusal(d: CookieDraft): string {
  const host = d.domain.trim() === '' ? 'example.com' : d.domain.trim().replace(/^\./, '');
  let errors: string[] = [];
  try {
    errors = validateCookieEdit(d, { pageUrl: `https://${host}/`, nowMs: 0 }).errors.map((e) => e.message);
  } catch {
    errors = [];
  }
  if (errors.length > 0) return `Chrome refused the cookie "${d.name}": ${errors.join(' ')}`;
  return `Chrome refused the cookie "${d.name}" without giving a reason. Common causes: the site's cookies are blocked in Chrome's settings or by policy, or another extension blocks cookie changes. Allow cookies for ${host} and try again.`;
}

function quoted(message: string): string | null {
  return /"([^"]+)"/.exec(message)?.[1] ?? null;
}
