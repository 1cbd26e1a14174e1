import { prefixViolation } from '../set-cookie/refusal.ts';
import { CHROMIUM_PREFIX_VALID, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import type { Rule } from './types.ts';

/** CK014 (raw header): `__Host-`/`__Secure-` contract violated; a conforming browser rejects the cookie. */
export const ck014PrefixViolated: Rule = {
  id: 'CK014',
  severity: 'medium',
  severityNote: "never seen in Chrome's jar (Chrome refuses the cookie)",
  scope: 'cookie',
  observable: 'raw-header',
  title: 'Cookie prefix requirements not met',
  why: '__Secure- cookies must be Secure; __Host- cookies must be Secure, have Path=/ and no Domain. The browser refuses a cookie that breaks these rules.',
  attack:
    'The cookie is silently missing in conforming browsers; if a non-conforming client accepts it, the prefix no longer guarantees where the cookie came from.',
  fix: ruleFix('Make the attributes match the prefix: Secure always; for __Host- also Path=/ and no Domain.'),
  fixTopics: ['host-prefix'],
  sources: [rfc6265bis('§5.7 steps 20–21', 'storage-model'), CHROMIUM_PREFIX_VALID],
  check(ctx) {
    return ctx.headers.flatMap((h) => {
      const problem = prefixViolation(h);
      return problem === null ? [] : [{ header: h, cookieName: h.name, detail: problem }];
    });
  },
};
