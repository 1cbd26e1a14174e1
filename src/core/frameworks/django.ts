/**
 * Django's cookie facts. Sources:
 * - settings and defaults: https://docs.djangoproject.com/en/stable/ref/settings/#sessions (SESSION_COOKIE_*,
 *   SESSION_EXPIRE_AT_BROWSER_CLOSE) and #csrf-cookie-age (CSRF_COOKIE_*); the values in django/conf/global_settings.py.
 * - the messages cookie: https://docs.djangoproject.com/en/stable/ref/contrib/messages/#cookiestorage; its
 *   CookieStorage._update_cookie passes SESSION_COOKIE_DOMAIN, _SECURE, _HTTPONLY and _SAMESITE to set_cookie, and
 *   its name is the class attribute `cookie_name = 'messages'` (no setting).
 * - any other cookie: HttpResponse.set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite),
 *   https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie
 * - HTTPS: SECURE_SSL_REDIRECT and SECURE_HSTS_SECONDS, https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security
 * - check --deploy: https://docs.djangoproject.com/en/stable/ref/django-admin/#cmdoption-check-deploy
 */
import { assignmentLines, type FrameworkRegistry, inverted, pythonSetCookie, pythonValue, same } from './types.ts';

const isDjango = (a: { classification: { framework?: string } }) => a.classification.framework === 'django';

export const django = {
  id: 'django',
  label: 'Django',
  docs: [
    { label: 'Django settings: sessions', url: 'https://docs.djangoproject.com/en/stable/ref/settings/#sessions' },
    { label: 'Django: how to use sessions', url: 'https://docs.djangoproject.com/en/stable/topics/http/sessions/' },
    {
      label: 'Django: cross site request forgery protection',
      url: 'https://docs.djangoproject.com/en/stable/ref/csrf/',
    },
  ],
  names: {
    vendor: 'Django',
    lifetime: '2 weeks',
    source:
      'docs.djangoproject.com/en/stable/ref/settings/ (SESSION_COOKIE_NAME, CSRF_COOKIE_NAME, LANGUAGE_COOKIE_NAME)',
    rows: [
      ['sessionid', 'Session: a key, or the session itself with the signed_cookies engine'],
      ['csrftoken', 'CSRF protection', '1 year'],
      ['messages', 'Flash messages', 'session'],
      ['django_language', 'Language choice', 'session'],
    ],
  },
  hints: [
    { test: (n) => (n.has('sessionid') && n.has('csrftoken') ? 'sessionid + csrftoken' : null), weight: 3 },
    {
      test: (n) =>
        n.has('csrftoken') !== n.has('sessionid') ? (n.has('csrftoken') ? 'csrftoken' : 'sessionid') : null,
      weight: 1,
    },
  ],
  fingerprints: [[/^(sessionid|csrftoken)$/, 'Django']],
  explain: {
    'django-db-session': {
      what: "Django's session key: 32 random characters. Your session data is in the django_session table (or cache/file), not in the cookie.",
    },
    'django-signed-cookies': {
      what: "Django's signed_cookies session: the whole session (user id, auth hash) is in the cookie as payload:timestamp:signature. It is signed, not encrypted.",
      dataLives: 'browser',
      holderCan:
        'Base64-decode and read every key; replay it to be logged in. Without SECRET_KEY they cannot change it.',
    },
    // https://docs.djangoproject.com/en/stable/ref/csrf/#how-it-works
    'django-csrf': {
      what: "Django's CSRF cookie: a random secret that CsrfViewMiddleware compares with the token in your form or X-CSRFToken header (the same secret, masked differently on each page).",
    },
    // https://docs.djangoproject.com/en/stable/ref/contrib/messages/#cookiestorage
    'django-messages': {
      what: 'Django\'s messages cookie (CookieStorage): one-time notices such as "Saved." kept in a signed cookie until the next page shows them.',
    },
  },
  file: 'settings.py',
  check: 'python manage.py check --deploy',
  comment: '#',
  managed: [
    {
      role: 'session',
      label: "Django's session cookie",
      names: ['sessionid'],
      recognise: (a) =>
        isDjango(a) &&
        (a.classification.class === 'session-id' || a.classification.formatId === 'django-signed-cookies'),
      controls: {
        name: same('SESSION_COOKIE_NAME', 'sessionid'),
        secure: same('SESSION_COOKIE_SECURE', false),
        httpOnly: same('SESSION_COOKIE_HTTPONLY', true),
        sameSite: same('SESSION_COOKIE_SAMESITE', 'Lax'),
        path: same('SESSION_COOKIE_PATH', '/'),
        domain: same('SESSION_COOKIE_DOMAIN', null),
        persistent: inverted('SESSION_EXPIRE_AT_BROWSER_CLOSE', false),
      },
      serverSide: { settings: [{ key: 'SESSION_ENGINE', value: 'django.contrib.sessions.backends.db' }] },
    },
    {
      role: 'csrf',
      label: "Django's CSRF cookie",
      names: ['csrftoken'],
      recognise: (a) => isDjango(a) && a.classification.class === 'csrf',
      controls: {
        name: same('CSRF_COOKIE_NAME', 'csrftoken'),
        secure: same('CSRF_COOKIE_SECURE', false),
        httpOnly: same('CSRF_COOKIE_HTTPONLY', false),
        sameSite: same('CSRF_COOKIE_SAMESITE', 'Lax'),
        path: same('CSRF_COOKIE_PATH', '/'),
        domain: same('CSRF_COOKIE_DOMAIN', null),
      },
    },
    {
      role: 'messages',
      label: "Django's messages cookie (CookieStorage, which uses the SESSION_COOKIE_* flags)",
      names: ['messages'],
      recognise: (a) => isDjango(a) && a.classification.formatId === 'django-messages',
      controls: {
        secure: same('SESSION_COOKIE_SECURE', false),
        httpOnly: same('SESSION_COOKIE_HTTPONLY', true),
        sameSite: same('SESSION_COOKIE_SAMESITE', 'Lax'),
        domain: same('SESSION_COOKIE_DOMAIN', null),
      },
      codeFor: {
        name: '# the name is CookieStorage.cookie_name ("messages"); to keep messages off the browser instead:\nMESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"',
        persistent: '# the messages cookie is already a browser-session cookie',
      },
      serverSide: {
        settings: [{ key: 'MESSAGE_STORAGE', value: 'django.contrib.messages.storage.session.SessionStorage' }],
      },
    },
  ],
  site: {
    https: [
      { key: 'SECURE_SSL_REDIRECT', value: true },
      { key: 'SECURE_HSTS_SECONDS', value: 31536000 },
    ],
  },
  setCookie: pythonSetCookie,
  serverSideFor: (name) =>
    `request.session[${JSON.stringify(name)}] = value  # instead of response.set_cookie(${JSON.stringify(name)}, value)`,
  render: (settings) => ({ lines: assignmentLines(settings, (k, v) => `${k} = ${pythonValue(v)}`, '#') }),
} satisfies FrameworkRegistry;
