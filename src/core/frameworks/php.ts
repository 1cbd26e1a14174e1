/**
 * PHP session cookie facts (php.ini). Sources:
 * - session.* directives and defaults: https://www.php.net/manual/en/session.configuration.php (session.name
 *   PHPSESSID, cookie_lifetime 0, cookie_path /, cookie_domain "", cookie_secure 0, cookie_httponly 0,
 *   cookie_samesite "", use_only_cookies 1, use_trans_sid 0)
 * - https://www.php.net/manual/en/session.security.ini.php (recommended values; quote SameSite values)
 * - any other cookie: setcookie(name, value, options), https://www.php.net/manual/en/function.setcookie.php
 */
import { assignmentLines, type FrameworkRegistry, same, type SettingValue } from './types.ts';

function iniValue(v: SettingValue): string {
  if (v === null) return '""';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return v.code;
}

export const php = {
  id: 'php',
  label: 'PHP',
  docs: [
    { label: 'PHP: session runtime configuration', url: 'https://www.php.net/manual/en/session.configuration.php' },
    { label: 'PHP: securing session INI settings', url: 'https://www.php.net/manual/en/session.security.ini.php' },
    { label: 'PHP: setcookie', url: 'https://www.php.net/manual/en/function.setcookie.php' },
  ],
  names: {
    vendor: 'PHP',
    lifetime: 'session',
    source: 'php.net/manual/en/session.configuration.php (session.name)',
    rows: [['PHPSESSID', 'Native PHP session id']],
  },
  hints: [{ test: (n) => (n.has('PHPSESSID') ? 'PHPSESSID' : null), weight: 2 }],
  fingerprints: [[/^PHPSESSID$/i, 'PHP']],
  explain: {
    'php-session': {
      what: "PHP's session id (PHPSESSID): a random key; $_SESSION itself is kept on the server (in files by default, session.save_handler).",
    },
  },
  file: 'php.ini',
  comment: ';',
  managed: [
    {
      role: 'session',
      label: "PHP's session cookie",
      names: ['PHPSESSID'],
      recognise: (a) => a.classification.framework === 'php',
      controls: {
        name: same('session.name', 'PHPSESSID'),
        secure: same('session.cookie_secure', false),
        httpOnly: same('session.cookie_httponly', false),
        sameSite: same('session.cookie_samesite', null),
        path: same('session.cookie_path', '/'),
        domain: same('session.cookie_domain', null),
        persistent: { key: 'session.cookie_lifetime', default: 0, encode: (w) => (w ? 8 * 60 * 60 : 0) },
      },
    },
  ],
  site: {
    'cookies-only-session-id': [
      { key: 'session.use_only_cookies', value: true },
      { key: 'session.use_trans_sid', value: false },
    ],
  },
  setCookie: (f) =>
    `setcookie('${f.name}', $value, [${[
      f.path ? `'path' => '${f.path}'` : '',
      f.secure ? "'secure' => true" : '',
      f.httpOnly ? "'httponly' => true" : '',
      f.sameSite ? `'samesite' => '${f.sameSite}'` : '',
    ]
      .filter((x) => x !== '')
      .join(', ')}]);`,
  serverSideFor: (name) => `$_SESSION['${name}'] = $value; // instead of setcookie('${name}', ...)`,
  render: (settings) => ({ lines: assignmentLines(settings, (k, v) => `${k} = ${iniValue(v)}`, ';') }),
} satisfies FrameworkRegistry;
