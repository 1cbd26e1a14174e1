/**
 * Framework detectors in the order they are tried (docs/rules.md §4 step 3: name first, then value shape).
 * Specific names and unmistakable shapes come before looser ones; docs/rules.md §5 F6a (Flask vs JWT) lives in flask.ts.
 */
import { aspNetCore } from './aspnetcore.ts';
import { authJs } from './authjs.ts';
import { djangoCsrf, djangoDbSession, djangoLanguage, djangoMessages, djangoSignedSession } from './django.ts';
import { cookieSessionPayload, cookieSessionSignature, expressJson, expressSession } from './express.ts';
import { flaskLoginRemember, flaskSession } from './flask.ts';
import { laravelEncrypted } from './laravel.ts';
import { railsEncrypted, railsLegacy } from './rails.ts';
import { serverSessionId } from './server-ids.ts';
import { springSession } from './spring.ts';
import type { FrameworkContext, FrameworkDetector, FrameworkMatch } from './types.ts';

export type { FrameworkContext, FrameworkMatch } from './types.ts';

export const FRAMEWORK_DETECTORS: readonly FrameworkDetector[] = [
  authJs,
  djangoDbSession,
  djangoCsrf,
  djangoMessages,
  djangoLanguage,
  serverSessionId,
  aspNetCore,
  laravelEncrypted,
  expressSession,
  expressJson,
  cookieSessionSignature,
  springSession,
  cookieSessionPayload,
  djangoSignedSession,
  flaskSession,
  flaskLoginRemember,
  railsEncrypted,
  railsLegacy,
];

/** The first framework format the cookie matches; detectors never throw, but a bug in one must not break analysis. */
export function detectFramework(ctx: FrameworkContext): FrameworkMatch | null {
  for (const detect of FRAMEWORK_DETECTORS) {
    try {
      const m = detect(ctx);
      if (m) return m;
    } catch {
      // A detector bug is treated as "no match" so hostile input can never break the analysis.
    }
  }
  return null;
}
