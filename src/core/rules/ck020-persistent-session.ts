import { secondsToExpiry } from '../cookie/cookie.ts';
import { owaspSession, WSTG_SESSION_SCHEMA } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

const THIRTY_DAYS_S = 30 * 86_400;

/** CK020: `AUTH(c) && !c.session`; medium when it lives more than 30 days. */
export const ck020PersistentSession: Rule = {
  id: 'CK020',
  severity: 'low',
  severityNote: 'medium when it expires more than 30 days from now',
  scope: 'cookie',
  observable: 'store',
  title: 'Persistent session cookie',
  why: "This session token survives browser restarts and is kept on disk until it expires. (Django's default session cookie is persistent for 2 weeks.)",
  attack: 'Anyone who later uses the same computer or copies the browser profile finds a still-valid session.',
  fix: ruleFix(
    'Prefer non-persistent session cookies or short lifetimes; use a separate, rotating "remember me" token.',
  ),
  fixTopics: ['lifetime'],
  sources: [owaspSession('Expire and Max-Age Attributes', 'expire-and-max-age-attributes'), WSTG_SESSION_SCHEMA],
  check: eachCookie(({ cookie, analysis }, page) => {
    if (!isAuth(analysis) || cookie.session) return false;
    const left = secondsToExpiry(cookie, page.nowMs) ?? 0;
    const days = Math.round(left / 86_400);
    return { severity: left > THIRTY_DAYS_S ? 'medium' : 'low', detail: `Expires in about ${days} day(s).` };
  }),
};
