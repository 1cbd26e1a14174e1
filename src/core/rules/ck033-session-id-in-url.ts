import { owaspSession, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/** ZAP HttpSessionsParam.DEFAULT_TOKENS (lower-case; `aspsessionid` is a prefix). */
export const ZAP_SESSION_TOKENS: readonly string[] = [
  'asp.net_sessionid',
  'aspsessionid',
  'siteserver',
  'cfid',
  'cftoken',
  'jsessionid',
  'phpsessid',
  'sessid',
  'sid',
  'viewstate',
  'zenid',
];

const JSESSIONID_IN_PATH = /;jsessionid=[\dA-Z]{8,}/i;

/** CK033 (site): a session ID travels in the page URL (ZAP 3). */
export const ck033SessionIdInUrl: Rule = {
  id: 'CK033',
  severity: 'medium',
  scope: 'site',
  observable: 'store',
  title: 'Session ID in the URL',
  why: 'The page URL carries a session ID; URLs end up in history, server logs, proxies and the Referer header sent to other sites.',
  attack:
    'Someone who sees the URL uses the session; or an attacker sends a link with a session ID they know and waits for the victim to log in with it (session fixation).',
  fix: ruleFix('Accept session IDs from cookies only.'),
  fixTopics: ['cookies-only-session-id'],
  sources: [
    zap('3', 'Session ID in URL Rewrite (Medium, CWE-598)'),
    owaspSession('Used vs. Accepted Session ID Exchange Mechanisms', 'used-vs-accepted-session-id-exchange-mechanisms'),
  ],
  check(ctx) {
    const { url } = ctx.page;
    if (JSESSIONID_IN_PATH.test(url.pathname)) return [{ detail: 'jsessionid in the path' }];
    const sessionNames = new Set(
      ctx.cookies.filter((c) => isClass(c.analysis, 'session-id')).map((c) => c.cookie.name.toLowerCase()),
    );
    for (const [name, value] of url.searchParams) {
      const lower = name.toLowerCase();
      const isToken = ZAP_SESSION_TOKENS.includes(lower) || lower.startsWith('aspsessionid') || sessionNames.has(lower);
      if (isToken && value.length > 8) return [{ detail: `URL parameter ${name}` }];
    }
    return [];
  },
};
