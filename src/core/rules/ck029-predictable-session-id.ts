import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass, plainValue } from './predicates.ts';
import { owaspSession, WSTG_SESSION_SCHEMA } from './sources.ts';
import type { Rule } from './types.ts';

const EMAIL = /[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/;
const UUID_V1 = /[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/i;
const REPEATED_RUN = /(.)\1{5,}/;
const REPEATED_CHUNK = /(.{4,})\1/;
/** Plausible epochs: 2001-09-09 (1e9 s) to 2286 for 10 digits; the same range in ms for 13 digits. */
const EPOCH = /(?<!\d)(1\d{9}|1\d{12})(?!\d)/;

/** Why a session ID looks structured or predictable (§7.2 flags), or null. */
export function predictability(value: string): string | null {
  if (/^\d+$/.test(value)) return 'digits only';
  if (EPOCH.test(value)) return 'contains a timestamp';
  if (UUID_V1.test(value)) return 'UUID version 1 (time and machine based)';
  if (EMAIL.test(value)) return 'contains an e-mail address';
  if (REPEATED_RUN.test(value) || REPEATED_CHUNK.test(value)) return 'long repeated runs';
  return null;
}

/** CK029: opaque session ID with predictable parts. */
export const ck029PredictableSessionId: Rule = {
  id: 'CK029',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Session ID with predictable parts',
  why: 'Parts of this session ID look structured (digits only, a timestamp, a time-based UUID, an e-mail, repeated runs), which reduces how hard it is to guess.',
  attack: 'An attacker who sees a few IDs predicts the structure of others and guesses live sessions faster.',
  fix: ruleFix('Use the framework\'s session ID generator (a CSPRNG, at least 128 bits), with no meaningful parts.', []),
  fixTopics: [],
  sources: [WSTG_SESSION_SCHEMA, owaspSession('Session ID Entropy', 'session-id-entropy')],
  check: eachCookie(({ cookie, analysis }) => {
    if (!isClass(analysis, 'session-id')) return false;
    const reason = predictability(plainValue(cookie.value));
    return reason === null ? false : { detail: reason };
  }),
};
