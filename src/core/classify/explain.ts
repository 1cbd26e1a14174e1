/**
 * Plain-language texts for the explain pane, keyed by class and by format (Classification.formatId). Facts come from
 * the framework docs of docs/rules.md §5 and the Django sessions docs ("The session data is signed but not encrypted").
 */
import type { CookieAnalysis, CookieClass } from '../analysis-types.ts';
import { credentialKind } from './credentials.ts';

export interface ExplainText {
  /** What this cookie is. */
  what: string;
  /** Where the data it stands for lives. */
  dataLives: 'server' | 'browser' | 'browser, encrypted' | 'nowhere in particular';
  /** What someone holding a copy could do. */
  holderCan: string;
}

export const CLASS_EXPLAIN: Record<CookieClass, ExplainText> = {
  'session-id': { what: 'A random key the server handed out; the session itself (who you are, your cart) is stored on the server under this key.', dataLives: 'server', holderCan: 'Send it with their own requests and be you until the session ends: steal the key, steal the session.' },
  'client-data': { what: 'The data itself, stored in your browser and sent back with every request.', dataLives: 'browser', holderCan: 'Read it unless it is encrypted; change it only if it is neither signed nor encrypted.' },
  'auth-token': { what: 'A bearer credential (a JWT or remember-me token): whoever presents it is treated as the user it names.', dataLives: 'browser', holderCan: 'Log in as the user it names until it expires, from any machine.' },
  csrf: { what: 'An anti-CSRF token: the server compares it with a copy in your form or header to prove the request came from its own page.', dataLives: 'browser', holderCan: 'Little on its own; together with your session cookie it lets a forged request pass the CSRF check.' },
  tracking: { what: 'An identifier an analytics or advertising service uses to recognise this browser across visits (and, if third-party, across sites).', dataLives: 'server', holderCan: 'Link activity to the same browser profile; it does not log anyone in.' },
  preference: { what: 'A remembered choice such as language, theme or cookie consent.', dataLives: 'browser', holderCan: 'Learn or change the choice; nothing more.' },
  infrastructure: { what: 'A cookie set by a load balancer, CDN or bot-protection service to route requests or tell humans from bots.', dataLives: 'server', holderCan: 'Usually nothing harmful; some prove a passed bot challenge for a short time.' },
  unknown: { what: 'No known name or format matched; the evidence lists what the value looks like.', dataLives: 'nowhere in particular', holderCan: 'Unknown: treat it as sensitive if it is long, random and HttpOnly.' },
};

/** Format-specific overrides (keys are FrameworkMatch.formatId values). */
export const FORMAT_EXPLAIN: Record<string, Partial<ExplainText>> = {
  'django-db-session': { what: "Django's session key: 32 random characters. Your session data is in the django_session table (or cache/file), not in the cookie." },
  'django-signed-cookies': { what: "Django's signed_cookies session: the whole session (user id, auth hash) is in the cookie as payload:timestamp:signature. It is signed, not encrypted.", dataLives: 'browser', holderCan: 'Base64-decode and read every key; replay it to be logged in. Without SECRET_KEY they cannot change it.' },
  'flask-session': { what: "Flask's default session: the whole session dict, signed by itsdangerous (payload.timestamp.signature), not encrypted.", dataLives: 'browser' },
  'cookie-session': { what: 'cookie-session (Express): the session object as base64 JSON, with a keygrip signature in the .sig cookie.', dataLives: 'browser' },
  'express-session': { what: 'express-session: "s:" + a random session id + "." + an HMAC signature. The session object is in the server\'s store.', dataLives: 'server' },
  'rails-encrypted': { what: "Rails' encrypted cookie store: the session is in the cookie, encrypted and authenticated with AES-256-GCM.", dataLives: 'browser, encrypted', holderCan: 'Not read or change it without secret_key_base, but replay it to be logged in.' },
  'laravel-session': { what: "Laravel's session cookie: an encrypted wrapper around a 40-character session id; the data is in the session store.", dataLives: 'server' },
  'aspnetcore-protected': { what: 'An ASP.NET Core Data Protection payload (CfDJ8...), e.g. the authentication ticket: encrypted and authenticated.', dataLives: 'browser, encrypted', holderCan: 'Not read it, but replay it to be logged in while it is valid.' },
  'authjs-jwe': { what: 'Auth.js (NextAuth) session with the JWT strategy: an encrypted JWT holding the session.', dataLives: 'browser, encrypted' },
  'jwt-auth': { what: 'A signed JWT naming a user: readable claims, protected against changes by the signature only.', dataLives: 'browser' },
  'jwt-unsigned': { what: 'An unsecured JWT (alg "none", RFC 7519 §6): readable claims with nothing that stops anyone from changing them.', dataLives: 'browser', holderCan: 'Read the claims and write new ones; a server that accepts alg "none" believes whatever the cookie says.' },
  'jwt-unsigned-auth': { what: 'An unsecured JWT (alg "none", RFC 7519 §6) naming a user: anyone can read the claims and rewrite them, e.g. put in another user id.', dataLives: 'browser', holderCan: 'Log in as the user it names, or as any other user by changing the claims, if the server accepts alg "none".' },
  'express-json': { what: "Express's res.cookie() with an object: \"j:\" + JSON.stringify(value), the data itself in the cookie.", dataLives: 'browser' },
  'express-signed': { what: "Express's signed cookie (res.cookie(..., { signed: true })): \"s:\" + the value + \".\" + an HMAC-SHA256 signature. The value is readable; only the signature stops changes.", dataLives: 'browser' },
  'cookie-session-sig': { what: 'The keygrip signature of the cookie-session cookie beside it: not data, only proof that the server wrote that cookie.', dataLives: 'browser', holderCan: 'Nothing on its own; with the cookie it signs, replay that cookie.' },
};

/**
 * Where the data lives follows from the class and the readability, never from a name (the invariants below hold for
 * every analysis; test/unit/core/story.property.test.ts checks them over generated cookies):
 * 1. a session ID is only a key: its data lives on the server;
 * 2. a cookie whose value is readable or signed data carries that data: it lives in the browser, never "on the server";
 * 3. encrypted data (not a session key) lives in the browser, encrypted;
 * 4. only an opaque value of another class takes its class's answer (a tracker id: its profile is on the vendor's server).
 */
export function dataLivesOf(analysis: CookieAnalysis): ExplainText['dataLives'] {
  const c = analysis.classification;
  if (c.class === 'session-id') return 'server';
  if (c.readability === 'readable' || c.readability === 'signed') return 'browser';
  if (c.readability === 'encrypted') return 'browser, encrypted';
  return ((c.formatId && FORMAT_EXPLAIN[c.formatId]?.dataLives) || CLASS_EXPLAIN[c.class].dataLives);
}

const HOW_PROTECTED: Record<CookieAnalysis['classification']['readability'], string> = {
  encrypted: 'encrypted, so it cannot be read',
  signed: 'signed, so it cannot be changed, but it can be read',
  readable: 'neither signed nor encrypted as far as we can tell: anyone can read and change it',
  opaque: 'not readable from the value alone',
};

/** How the panel says where the data lives. */
export const DATA_LIVES_WORDS: Record<ExplainText['dataLives'], string> = {
  server: 'On the server: the cookie is only a key to it.',
  browser: 'In your browser: the cookie carries the data itself.',
  'browser, encrypted': 'In your browser, encrypted: the cookie carries the data, but only the server can read it.',
  'nowhere in particular': 'Not known from the value alone.',
};

/** How the panel says what a holder can read or change. */
export const READABILITY_WORDS: Record<CookieAnalysis['classification']['readability'], string> = {
  opaque: 'Opaque: nothing readable inside',
  readable: 'Readable and unsigned: anyone can read and change it',
  signed: 'Signed: anyone can read it, only the server can change it',
  encrypted: 'Encrypted: only the server can read it',
};

/** A short cookies-vs-sessions lesson using this cookie as the example. */
export function cookiesVsSessionsLesson(cookieName: string, analysis: CookieAnalysis): string {
  const c = analysis.classification;
  const label = c.frameworkLabel ? ` (${c.frameworkLabel})` : '';
  if (c.class === 'session-id') {
    return `A cookie is a small value the browser stores and sends back; a session is what the server remembers about you. '${cookieName}'${label} is only the key to your session: the data stays on the server, so the cookie reveals nothing by itself, but anyone who copies it can use your session.`;
  }
  if (c.class === 'client-data' || c.class === 'auth-token') {
    const how = HOW_PROTECTED[c.readability];
    return `A cookie is a small value the browser stores and sends back; a session is what the server remembers about you. Here '${cookieName}'${label} carries the data itself instead of a key to server-side data: it is ${how}. Compare a server-side session, where the cookie would hold only a random id.`;
  }
  return `A cookie is a small value the browser stores and sends back; a session is what the server remembers about you. '${cookieName}' is not a session: it is classed as ${c.class}.`;
}

export interface CookieExplanation extends ExplainText {
  lesson: string;
}

/** Words in `holderCan` that say a copy of the cookie logs the holder in (the export redacts exactly these cookies). */
export const GIVES_ACCESS = /\b(?:be you|be logged in|log in as|act as you|use your session)\b/i;

export function explainCookie(cookieName: string, analysis: CookieAnalysis): CookieExplanation {
  const c = analysis.classification;
  const base = CLASS_EXPLAIN[c.class];
  const specific = (c.formatId && FORMAT_EXPLAIN[c.formatId]) || {};
  const text = { ...base, ...specific };
  // A login or remember-me cookie whose format says nothing of access (e.g. `legacy_auth` holding key=value pairs).
  if (credentialKind(cookieName, analysis) !== null && !GIVES_ACCESS.test(text.holderCan)) {
    text.holderCan = `${text.holderCan} It is a login cookie: replay it to be logged in as you.`;
  }
  return { ...text, dataLives: dataLivesOf(analysis), lesson: cookiesVsSessionsLesson(cookieName, analysis) };
}
