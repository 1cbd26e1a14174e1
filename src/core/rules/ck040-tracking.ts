import { GA4_COOKIE_USAGE, OPEN_COOKIE_DATABASE } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass, isThirdParty } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK040: tracking/analytics cookie, third-party when its site differs from the page's. */
export const ck040Tracking: Rule = {
  id: 'CK040',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Tracking or analytics cookie',
  why: 'This cookie identifies the browser for analytics or advertising. Third-party ones follow the user across every site that embeds the same service.',
  attack: 'Not an attack on the site; a privacy cost for users, and a consent requirement in many jurisdictions.',
  fix: ruleFix('Ask for consent before setting it; consider first-party or server-side analytics.'),
  fixTopics: [],
  sources: [
    OPEN_COOKIE_DATABASE,
    GA4_COOKIE_USAGE,
    {
      label: 'Meta: fbp and fbc parameters',
      url: 'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc',
    },
  ],
  check: eachCookie(({ cookie, analysis }, page) => {
    if (!isClass(analysis, 'tracking')) return false;
    const vendor = analysis.classification.known?.vendor;
    const party = isThirdParty(cookie, page) ? 'third-party' : 'first-party';
    return { detail: vendor ? `${vendor}, ${party}` : party };
  }),
};
