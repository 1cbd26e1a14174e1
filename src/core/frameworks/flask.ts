/**
 * Flask cookie facts. Sources:
 * - configuration keys and defaults: https://flask.palletsprojects.com/en/2.2.x/config/#builtin-configuration-values
 *   (SESSION_COOKIE_NAME 'session', _DOMAIN None, _PATH None → APPLICATION_ROOT, _HTTPONLY True, _SECURE False,
 *   _SAMESITE None, PERMANENT_SESSION_LIFETIME 31 days, int seconds accepted), loaded from a file with
 *   app.config.from_pyfile (https://flask.palletsprojects.com/en/2.2.x/config/#configuring-from-python-files).
 * - security advice: https://flask.palletsprojects.com/en/2.2.x/security/#set-cookie-options
 * - the session is client-side (signed, readable): https://flask.palletsprojects.com/en/2.2.x/api/#sessions
 * - Flask-Login's remember cookie: https://flask-login.readthedocs.io/en/latest/#cookie-settings (REMEMBER_COOKIE_*)
 * - any other cookie: Response.set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite),
 *   https://werkzeug.palletsprojects.com/en/2.2.x/wrappers/#werkzeug.wrappers.Response.set_cookie
 */
import { assignmentLines, type FrameworkRegistry, pythonSetCookie, pythonValue, same } from './types.ts';

const isFlask = (a: { classification: { framework?: string } }) => a.classification.framework === 'flask';

export const flask = {
  id: 'flask',
  label: 'Flask',
  docs: [
    {
      label: 'Flask configuration: builtin values',
      url: 'https://flask.palletsprojects.com/en/2.2.x/config/#builtin-configuration-values',
    },
    {
      label: 'Flask security: Set-Cookie options',
      url: 'https://flask.palletsprojects.com/en/2.2.x/security/#set-cookie-options',
    },
    { label: 'Flask-Login: cookie settings', url: 'https://flask-login.readthedocs.io/en/latest/#cookie-settings' },
  ],
  explain: {
    'flask-session': {
      what: "Flask's default session: the whole session dict, signed by itsdangerous (payload.timestamp.signature), not encrypted.",
      dataLives: 'browser',
    },
    // https://flask-login.readthedocs.io/en/latest/#remember-me
    'flask-remember': {
      what: "Flask-Login's remember-me cookie: the user id and an HMAC-SHA512 digest of it; it logs the user back in after the session cookie is gone.",
    },
  },
  file: 'config.py (app.config.from_pyfile)',
  comment: '#',
  managed: [
    {
      role: 'session',
      label: "Flask's session cookie",
      names: ['session'],
      recognise: (a) => isFlask(a) && a.classification.formatId === 'flask-session',
      controls: {
        name: same('SESSION_COOKIE_NAME', 'session'),
        secure: same('SESSION_COOKIE_SECURE', false),
        httpOnly: same('SESSION_COOKIE_HTTPONLY', true),
        sameSite: same('SESSION_COOKIE_SAMESITE', null),
        path: same('SESSION_COOKIE_PATH', null),
        domain: same('SESSION_COOKIE_DOMAIN', null),
      },
      codeFor: {
        persistent:
          'session.permanent = False  # in the view that logs in; or shorten PERMANENT_SESSION_LIFETIME = 8 * 60 * 60',
      },
      serverSide: {
        code: [
          '# the default Flask session keeps its data in the browser (signed, readable): use a server-side session extension',
        ],
      },
    },
    {
      role: 'remember',
      label: "Flask-Login's remember cookie",
      names: ['remember_token'],
      recognise: (a) => isFlask(a) && a.classification.formatId === 'flask-remember',
      controls: {
        name: same('REMEMBER_COOKIE_NAME', 'remember_token'),
        secure: same('REMEMBER_COOKIE_SECURE', false),
        httpOnly: same('REMEMBER_COOKIE_HTTPONLY', true),
        sameSite: same('REMEMBER_COOKIE_SAMESITE', null),
        path: same('REMEMBER_COOKIE_PATH', '/'),
        domain: same('REMEMBER_COOKIE_DOMAIN', null),
      },
      codeFor: {
        persistent:
          'REMEMBER_COOKIE_DURATION = 8 * 60 * 60  # seconds; the remember cookie is persistent by design (default 365 days)',
      },
    },
  ],
  site: {},
  setCookie: pythonSetCookie,
  serverSideFor: (name) =>
    `# keep ${JSON.stringify(name)} on the server (a database row keyed by the user) instead of response.set_cookie(${JSON.stringify(name)}, value)`,
  render: (settings) => ({ lines: assignmentLines(settings, (k, v) => `${k} = ${pythonValue(v)}`, '#') }),
} satisfies FrameworkRegistry;
