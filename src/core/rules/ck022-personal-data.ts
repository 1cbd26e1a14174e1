import type { SensitiveKind } from '../analysis-types.ts';
import { owaspSession, WSTG_SESSION_SCHEMA, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

const PERSONAL_OR_SECRET: readonly SensitiveKind[] = ['email', 'card', 'ssn', 'password'];

/** CK022: the decoded value holds an e-mail, a Luhn-valid card number, a US SSN or a password. */
export const ck022PersonalData: Rule = {
  id: 'CK022',
  severity: 'high',
  scope: 'cookie',
  observable: 'store',
  title: 'Personal or secret data in a cookie',
  why: 'The cookie value contains personal or secret data; it is stored in the browser and sent with every request to the site.',
  attack: 'Anyone who can read the cookie (scripts, logs, proxies, a shared computer) learns the data directly.',
  fix: ruleFix('Keep the data on the server and store only an opaque random ID in the cookie.'),
  fixTopics: ['server-side'],
  sources: [
    zap('10062', 'PII Disclosure (High, CWE-359)'),
    owaspSession('Session ID Content (or Value)', 'session-id-content-or-value'),
    WSTG_SESSION_SCHEMA,
  ],
  check: eachCookie(({ analysis }) => {
    const hits = analysis.sensitive.filter((s) => PERSONAL_OR_SECRET.includes(s.kind));
    if (hits.length === 0) return false;
    return { detail: hits.map((h) => `${h.kind} in ${h.where}`).join('; ') };
  }),
};
