import { predictabilityFlags } from '../classify/entropy.ts';
import { owaspSession, WSTG_SESSION_SCHEMA } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass, plainValue } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK029: opaque session ID with predictable parts. */
export const ck029PredictableSessionId: Rule = {
  id: 'CK029',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Session ID with predictable parts',
  why: 'Parts of this session ID look structured (digits only, a timestamp, a time-based UUID, an e-mail, repeated runs), which reduces how hard it is to guess.',
  attack: 'An attacker who sees a few IDs predicts the structure of others and guesses live sessions faster.',
  fix: ruleFix("Use the framework's session ID generator (a CSPRNG, at least 128 bits), with no meaningful parts."),
  fixTopics: [],
  sources: [WSTG_SESSION_SCHEMA, owaspSession('Session ID Entropy', 'session-id-entropy')],
  // The same flags the analysis computes (core/classify/entropy.ts, docs/rules.md §6.2).
  check: eachCookie(({ cookie, analysis }, page) => {
    if (!isClass(analysis, 'session-id')) return false;
    const flags = predictabilityFlags(plainValue(cookie.value), page.nowMs);
    return flags.length === 0 ? false : { detail: flags.join('; ') };
  }),
};
