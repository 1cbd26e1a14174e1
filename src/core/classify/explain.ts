/**
 * Plain-language texts for the explain pane, keyed by class and by format (Classification.formatId; the format
 * texts live in each framework's module, src/core/frameworks/). Facts come from the framework docs of docs/rules.md
 * §5 and the Django sessions docs ("The session data is signed but not encrypted").
 */
import type { CookieAnalysis, CookieClass } from '../analysis-types.ts';
import { FORMAT_EXPLAIN } from '../frameworks/index.ts';
import type { ExplainText } from '../vocabulary.ts';
import { credentialKind } from './credentials.ts';

export type { ExplainText } from '../vocabulary.ts';

export const CLASS_EXPLAIN: Record<CookieClass, ExplainText> = {
  'session-id': {
    what: 'A random key the server handed out; the session itself (who you are, your cart) is stored on the server under this key.',
    dataLives: 'server',
    holderCan: 'Send it with their own requests and be you until the session ends: steal the key, steal the session.',
  },
  'client-data': {
    what: 'The data itself, stored in your browser and sent back with every request.',
    dataLives: 'browser',
    holderCan: 'Read it unless it is encrypted; change it only if it is neither signed nor encrypted.',
  },
  'auth-token': {
    what: 'A bearer credential (a JWT or remember-me token): whoever presents it is treated as the user it names.',
    dataLives: 'browser',
    holderCan: 'Log in as the user it names until it expires, from any machine.',
  },
  csrf: {
    what: 'An anti-CSRF token: the server compares it with a copy in your form or header to prove the request came from its own page.',
    dataLives: 'browser',
    holderCan: 'Little on its own; together with your session cookie it lets a forged request pass the CSRF check.',
  },
  tracking: {
    what: 'An identifier an analytics or advertising service uses to recognise this browser across visits (and, if third-party, across sites).',
    dataLives: 'server',
    holderCan: 'Link activity to the same browser profile; it does not log anyone in.',
  },
  preference: {
    what: 'A remembered choice such as language, theme or cookie consent.',
    dataLives: 'browser',
    holderCan: 'Learn or change the choice; nothing more.',
  },
  infrastructure: {
    what: 'A cookie set by a load balancer, CDN or bot-protection service to route requests or tell humans from bots.',
    dataLives: 'server',
    holderCan: 'Usually nothing harmful; some prove a passed bot challenge for a short time.',
  },
  unknown: {
    what: 'No known name or format matched; the evidence lists what the value looks like.',
    dataLives: 'nowhere in particular',
    holderCan: 'Unknown: treat it as sensitive if it is long, random and HttpOnly.',
  },
};

/** Format-specific overrides (keys are FrameworkMatch.formatId values), from each framework module's `explain`. */
export { FORMAT_EXPLAIN };

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
  return (c.formatId && FORMAT_EXPLAIN[c.formatId]?.dataLives) || CLASS_EXPLAIN[c.class].dataLives;
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
