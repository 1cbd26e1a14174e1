/**
 * Which cookies are credentials: whoever holds a copy can be logged in as the user. The export's "Redact" and the
 * explain pane's "a holder can…" both ask here, so what the panel explains as giving access is what an export hides.
 * Credentials (OWASP Session Management Cheat Sheet, "Session ID Properties"; RFC 6750 §1.2 bearer tokens):
 * session IDs, auth tokens, client-side sessions that carry a login (Django signed_cookies with _auth_user_id, Flask,
 * cookie-session, Rails, Auth.js, ASP.NET Core tickets), and cookies named as login or remember-me cookies.
 */
import type { CookieAnalysis, CookieClass } from '../analysis-types.ts';

export type SecretClass = Extract<CookieClass, 'session-id' | 'auth-token'>;

/** Formats whose replay logs the holder in (their texts in explain.ts say so) even when the name says nothing. */
const REPLAYABLE_FORMATS = new Set([
  'django-signed-cookies',
  'rails-encrypted',
  'aspnetcore-protected',
  'authjs-jwe',
  'jwt-auth',
]);
/** Classes that are never a credential on their own (a CSRF token needs the session cookie beside it). */
const NOT_CREDENTIALS = new Set<CookieClass>(['csrf', 'tracking', 'preference', 'infrastructure']);
/** Login and remember-me names (Rails' remember_user_token, Laravel's remember_web_*, `legacy_auth`, `auth`). */
const LOGIN_NAME =
  /(?:^|[_.-])(?:auth|token|login|logged_?in)(?:[_.-]|$)|^(?:__(?:secure|host)-)?(?:auth|token)|remember/i;
const SESSION_NAME = /(?:^|[_.-])(?:session|sess|sid)(?:[_.-]|$)|^(?:__(?:secure|host)-)?(?:session|sid)/i;

/** The kind of credential a cookie is, or null when holding it does not log anyone in. */
export function credentialKind(name: string, analysis: CookieAnalysis): SecretClass | null {
  const c = analysis.classification;
  if (c.class === 'session-id' || c.class === 'auth-token') return c.class;
  if (NOT_CREDENTIALS.has(c.class)) return null;
  if (c.isAuth || (c.formatId !== undefined && REPLAYABLE_FORMATS.has(c.formatId))) return 'session-id';
  if (LOGIN_NAME.test(name)) return 'auth-token';
  if (SESSION_NAME.test(name)) return 'session-id';
  return null;
}
