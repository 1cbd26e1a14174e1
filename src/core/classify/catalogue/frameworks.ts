/**
 * Default cookie names of web frameworks (docs/rules.md §5 F1–F18 and CK030; OWASP Session Management Cheat Sheet,
 * "Session ID Name Fingerprinting"): each registered framework's `names` (src/core/frameworks/), then platforms with
 * no module of their own. Category 'framework' never decides
 * the class by itself: the framework detectors in src/core/decode/frameworks/ look at the value too.
 */
import { type Framework, FRAMEWORKS } from '../../frameworks/index.ts';
import type { FrameworkFacts } from '../../frameworks/types.ts';
import type { VendorBlock } from './types.ts';

const REGISTERED: readonly VendorBlock[] = (Object.entries(FRAMEWORKS) as [Framework, FrameworkFacts][]).flatMap(
  ([framework, { names }]) => (names ? [{ ...names, category: 'framework' as const, framework }] : []),
);

export const FRAMEWORKS_CATALOGUE: readonly VendorBlock[] = [
  ...REGISTERED,
  {
    vendor: 'Rack',
    category: 'framework',
    lifetime: 'session',
    source: 'rack/rack lib/rack/session',
    rows: [['rack.session', 'Rack session cookie']],
  },
  {
    vendor: 'CodeIgniter',
    category: 'framework',
    lifetime: '2 hours',
    source: 'codeigniter.com/user_guide/libraries/sessions.html',
    rows: [['ci_session', 'Session id']],
  },
  {
    vendor: 'Magento',
    category: 'framework',
    lifetime: '1 hour',
    source: 'experienceleague.adobe.com/docs/commerce-admin/start/compliance/privacy/compliance-cookie-law.html',
    rows: [
      ['PHPSESSID', 'Session id'],
      ['form_key', 'CSRF protection', '1 hour', 'csrf'],
      ['mage-cache-sessid', 'Local cache invalidation', '1 hour', 'unknown'],
      ['private_content_version', 'Private content cache version', '1 year', 'unknown'],
    ],
  },
];
