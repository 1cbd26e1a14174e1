import type { AnalyzedCookie } from '../analysis-types.ts';
import { cookieAppliesTo } from '../cookie/cookie.ts';
import { owaspSession, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { isAuth } from './predicates.ts';
import type { Rule, RuleHit } from './types.ts';

/** CK018 (site): two or more cookies with the same name are sent to the page. */
export const ck018DuplicateNames: Rule = {
  id: 'CK018',
  severity: 'medium',
  severityNote: 'medium when one of them is a session/auth cookie, low otherwise',
  scope: 'site',
  observable: 'store',
  title: 'Several cookies with the same name',
  why: 'The server receives all of them, in an order it must not rely on.',
  attack:
    "Classic cookie tossing: an attacker on a subdomain or over HTTP adds a same-name cookie with a narrower path so the server picks the attacker's session (session fixation).",
  fix: ruleFix('Remove stale variants (other domains/paths) and use a __Host- name for session cookies.'),
  fixTopics: ['host-prefix'],
  sources: [
    rfc6265bis('§4.2.2: SHOULD NOT rely upon the serialization order', 'semantics'),
    rfc6265bis('§8.6 Weak integrity', 'weak-integrity'),
    owaspSession('Considerations When Using Multiple Cookies', 'considerations-when-using-multiple-cookies'),
  ],
  check(ctx) {
    const byName = new Map<string, AnalyzedCookie[]>();
    for (const item of ctx.cookies) {
      if (!cookieAppliesTo(item.cookie, ctx.page.url)) continue;
      byName.set(item.cookie.name, [...(byName.get(item.cookie.name) ?? []), item]);
    }
    const hits: RuleHit[] = [];
    for (const [name, items] of byName) {
      if (items.length < 2) continue;
      const where = items.map(({ cookie }) => `${cookie.domain}${cookie.path}`).join(', ');
      hits.push({
        cookieName: name,
        severity: items.some((i) => isAuth(i.analysis)) ? 'medium' : 'low',
        detail: `${items.length} cookies named ${name}: ${where}`,
      });
    }
    return hits;
  },
};
