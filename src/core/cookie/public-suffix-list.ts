/**
 * Installs the Public Suffix List (tldts, private suffixes such as github.io included) into core. Import it once,
 * first, wherever registrable domains must be exact from the start: the CLI, the service worker, tests. The panel
 * loads it lazily (see core/cookie.ts).
 */
import { getDomain, getPublicSuffix } from 'tldts';

import { installPublicSuffixList } from './cookie.ts';

installPublicSuffixList({
  getDomain: (host) => getDomain(host, { allowPrivateDomains: true }),
  getPublicSuffix: (host) => getPublicSuffix(host, { allowPrivateDomains: true }),
});
