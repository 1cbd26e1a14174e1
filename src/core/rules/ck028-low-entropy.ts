import { owaspSession } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

export const MIN_SESSION_ID_BITS = 64;

/** CK028: opaque session ID whose estimated entropy is below OWASP's 64 bits. */
export const ck028LowEntropy: Rule = {
  id: 'CK028',
  severity: 'medium',
  scope: 'cookie',
  observable: 'store',
  title: 'Session ID looks too short to be unguessable',
  why: 'From its length and alphabet this session ID carries less than 64 bits of randomness (an upper-bound estimate from one value), below the OWASP minimum.',
  attack: 'An attacker tries candidate IDs until one matches a live session.',
  fix: ruleFix("Use the framework's session ID generator (a CSPRNG, at least 128 bits)."),
  fixTopics: [],
  sources: [
    owaspSession('Session ID Entropy', 'session-id-entropy'),
    owaspSession('Session ID Length', 'session-id-length'),
  ],
  check: eachCookie(({ analysis }) => {
    const bits = analysis.classification.entropyBits;
    if (!isClass(analysis, 'session-id') || bits === undefined || bits >= MIN_SESSION_ID_BITS) return false;
    return { detail: `About ${Math.round(bits)} bits (estimate).` };
  }),
};
