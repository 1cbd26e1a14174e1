/**
 * Laravel cookie facts. Sources:
 * - config/session.php and its .env keys (SESSION_DRIVER, SESSION_LIFETIME, SESSION_EXPIRE_ON_CLOSE,
 *   SESSION_COOKIE, SESSION_PATH, SESSION_DOMAIN, SESSION_SECURE_COOKIE, SESSION_HTTP_ONLY, SESSION_SAME_SITE):
 *   https://github.com/laravel/laravel/blob/11.x/config/session.php and https://laravel.com/docs/session#configuration
 * - XSRF-TOKEN: set by VerifyCsrfToken with the session config's path, domain, secure and same_site, readable by
 *   JavaScript on purpose, https://laravel.com/docs/csrf#csrf-x-xsrf-token
 * - any other cookie: the cookie() helper / Cookie::queue, https://laravel.com/docs/responses#attaching-cookies-to-responses
 */
import { assignmentLines, type FrameworkRegistry, inverted, mapped, same, type SettingValue } from './types.ts';

function envValue(v: SettingValue): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return v.code;
  return String(v);
}

const lower = (w: string) => w.toLowerCase();

export const laravel = {
  id: 'laravel',
  label: 'Laravel',
  docs: [
    { label: 'Laravel: session configuration', url: 'https://laravel.com/docs/session#configuration' },
    { label: 'Laravel: X-XSRF-TOKEN', url: 'https://laravel.com/docs/csrf#csrf-x-xsrf-token' },
    {
      label: 'Laravel: attaching cookies to responses',
      url: 'https://laravel.com/docs/responses#attaching-cookies-to-responses',
    },
  ],
  names: {
    vendor: 'Laravel',
    lifetime: '2 hours',
    source: 'laravel/laravel config/session.php',
    rows: [
      ['laravel_session', 'Encrypted session id'],
      ['XSRF-TOKEN', 'CSRF token for JavaScript clients', '2 hours', 'csrf'],
    ],
  },
  hints: [
    { test: (n) => (n.has('laravel_session') || n.has('laravel-session') ? 'laravel_session' : null), weight: 2 },
    { test: (n) => (n.has('XSRF-TOKEN') ? 'XSRF-TOKEN' : null), weight: 1 },
  ],
  fingerprints: [[/^laravel_session$/, 'Laravel']],
  explain: {
    'laravel-session': {
      what: "Laravel's session cookie: an encrypted wrapper around a 40-character session id; the data is in the session store.",
      dataLives: 'server',
    },
    'laravel-xsrf': {
      what: "Laravel's XSRF-TOKEN: the CSRF token, encrypted, and readable by the page's JavaScript on purpose so Axios can send it back as X-XSRF-TOKEN.",
    },
    // https://laravel.com/docs/encryption (EncryptCookies middleware)
    'laravel-encrypted': {
      what: "A cookie encrypted by Laravel's EncryptCookies middleware with the APP_KEY: only the server can read it.",
    },
  },
  file: '.env (config/session.php)',
  comment: '#',
  managed: [
    {
      role: 'session',
      label: "Laravel's session cookie",
      names: ['laravel_session', /^[a-z0-9_]+_session$/],
      recognise: (a) => a.classification.framework === 'laravel' && a.classification.class !== 'csrf',
      controls: {
        name: same('SESSION_COOKIE', 'laravel_session'),
        secure: same('SESSION_SECURE_COOKIE', null),
        httpOnly: same('SESSION_HTTP_ONLY', true),
        sameSite: mapped('SESSION_SAME_SITE', 'lax', lower),
        path: same('SESSION_PATH', '/'),
        domain: same('SESSION_DOMAIN', null),
        persistent: inverted('SESSION_EXPIRE_ON_CLOSE', false),
      },
      serverSide: { settings: [{ key: 'SESSION_DRIVER', value: 'database' }] },
    },
    {
      role: 'csrf',
      label: "Laravel's XSRF-TOKEN cookie (uses the session cookie's path, domain, secure and same_site)",
      names: ['XSRF-TOKEN'],
      controls: {
        secure: same('SESSION_SECURE_COOKIE', null),
        sameSite: mapped('SESSION_SAME_SITE', 'lax', lower),
        path: same('SESSION_PATH', '/'),
        domain: same('SESSION_DOMAIN', null),
      },
      codeFor: {
        name: '# XSRF-TOKEN is a fixed name that Axios reads; it cannot take a __Host- prefix by configuration',
      },
    },
  ],
  site: {},
  setCookie: (f) =>
    `cookie(${[
      `name: '${f.name}'`,
      'value: $value',
      f.path ? `path: '${f.path}'` : '',
      f.secure ? 'secure: true' : '',
      `httpOnly: ${f.httpOnly ? 'true' : 'false'}`,
      f.sameSite ? `sameSite: '${f.sameSite.toLowerCase()}'` : '',
    ]
      .filter((x) => x !== '')
      .join(', ')})`,
  serverSideFor: (name) => `session(['${name}' => $value]); // instead of cookie('${name}', $value)`,
  render: (settings) => ({ lines: assignmentLines(settings, (k, v) => `${k}=${envValue(v)}`, '#') }),
} satisfies FrameworkRegistry;
