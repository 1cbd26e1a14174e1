import { CHIPS_DOCS, chromium } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK039: a partitioned (CHIPS) cookie, explained. */
export const ck039Partitioned: Rule = {
  id: 'CK039',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Partitioned (CHIPS) cookie',
  why: 'This cookie is keyed to the top-level site it was set under, so the same embedded service gets a different cookie on every site: it cannot track across sites. (Partitioned requires Secure.)',
  attack: 'None; this is the privacy-friendly way for embedded widgets to keep state.',
  fix: ruleFix('For embedded widgets use __Host-name=…; Secure; Path=/; SameSite=None; Partitioned.'),
  fixTopics: [],
  sources: [
    CHIPS_DOCS,
    chromium('cookie_util.cc', 'IsCookiePartitionedValid'),
    {
      label: 'chrome.cookies API: partitionKey',
      url: 'https://developer.chrome.com/docs/extensions/reference/api/cookies',
    },
  ],
  check: eachCookie(({ cookie }) =>
    cookie.partitionKey?.topLevelSite ? { detail: `Partition: ${cookie.partitionKey.topLevelSite}` } : false,
  ),
};
