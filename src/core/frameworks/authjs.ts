/**
 * Auth.js (NextAuth): recognised from its cookies, no fix lines (its cookie options are code in the auth config).
 * Sources: the cookie names and options, https://authjs.dev/reference/core#cookies (nextauthjs/next-auth
 * packages/core/src/lib/utils/cookie.ts); the session strategies, https://authjs.dev/concepts/session-strategies
 */
import type { FrameworkFacts } from './types.ts';

export const authjs = {
  id: 'authjs',
  label: 'Auth.js',
  docs: [
    { label: 'Auth.js: cookies', url: 'https://authjs.dev/reference/core#cookies' },
    { label: 'Auth.js: session strategies', url: 'https://authjs.dev/concepts/session-strategies' },
  ],
  names: {
    vendor: 'Auth.js / NextAuth',
    lifetime: '30 days',
    source: 'nextauthjs/next-auth packages/core/src/lib/utils/cookie.ts',
    rows: [
      ['authjs.*', 'Auth.js session, CSRF and flow cookies'],
      ['next-auth.*', 'NextAuth session, CSRF and flow cookies'],
      ['__Secure-authjs.*', 'Auth.js cookies on HTTPS'],
      ['__Secure-next-auth.*', 'NextAuth cookies on HTTPS'],
      ['__Host-authjs.*', 'Auth.js CSRF cookie'],
      ['__Host-next-auth.*', 'NextAuth CSRF cookie'],
    ],
  },
  explain: {
    'authjs-jwe': {
      what: 'Auth.js (NextAuth) session with the JWT strategy: an encrypted JWT holding the session.',
      dataLives: 'browser, encrypted',
    },
    'authjs-db': {
      what: "Auth.js (NextAuth) session with the database strategy: a random session token; the session is a row in the adapter's database.",
    },
    'authjs-csrf': {
      what: "Auth.js' CSRF cookie: a token and its hash (token|hash), checked when a sign-in or sign-out form is posted.",
    },
    'authjs-flow': {
      what: 'Auth.js sign-in flow state (callback URL, PKCE verifier, state or nonce), kept for the few minutes a sign-in takes.',
    },
  },
} satisfies FrameworkFacts;
