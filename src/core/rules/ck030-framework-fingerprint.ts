import { FRAMEWORKS } from '../frameworks/index.ts';
import type { FrameworkFacts } from '../frameworks/types.ts';
import { owaspSession } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/**
 * Default cookie names that reveal the stack (OWASP Session Management Cheat Sheet, "Session ID Name Fingerprinting";
 * docs/rules.md §5), from each framework module's `fingerprints`; Django's pair is matched by name alone here.
 */
const DEFAULT_NAMES: readonly (readonly [RegExp, string])[] = Object.values(FRAMEWORKS).flatMap(
  (f: FrameworkFacts) => f.fingerprints ?? [],
);

export function fingerprintOf(name: string): string | null {
  for (const [pattern, framework] of DEFAULT_NAMES) if (pattern.test(name)) return framework;
  return null;
}

/** CK030: a default cookie name reveals the framework. */
export const ck030FrameworkFingerprint: Rule = {
  id: 'CK030',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie name reveals the framework',
  why: "This is a framework's default cookie name, so anyone can tell which stack the site runs.",
  attack: 'Attackers pick exploits for that framework without probing further.',
  fix: ruleFix(
    'Rename the cookie to something that does not name the framework, e.g. __Host-id (the __Host- prefix also needs Secure, Path=/ and no Domain).',
  ),
  fixTopics: ['host-prefix'],
  sources: [owaspSession('Session ID Name Fingerprinting', 'session-id-name-fingerprinting')],
  check: eachCookie(({ cookie }) => {
    const framework = fingerprintOf(cookie.name);
    return framework === null ? false : { detail: framework };
  }),
};
