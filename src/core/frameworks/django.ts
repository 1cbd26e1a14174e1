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
import { assignmentLines, pythonSetCookie, inverted, pythonValue, same, type FrameworkRegistry } from './types.ts';

const isDjango = (a: { classification: { framework?: string } }) => a.classification.framework === 'django';

export const django: FrameworkRegistry = {
  id: 'django',
  label: 'Django',
  file: 'settings.py',
  check: 'python manage.py check --deploy',
  comment: '#',
  managed: [
    {
      role: 'session',
      label: "Django's session cookie",
      names: ['sessionid'],
      recognise: (a) =>
        isDjango(a) && (a.classification.class === 'session-id' || a.classification.formatId === 'django-signed-cookies'),
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
      serverSide: { settings: [{ key: 'MESSAGE_STORAGE', value: 'django.contrib.messages.storage.session.SessionStorage' }] },
    },
  ],
  site: {
    https: [
      { key: 'SECURE_SSL_REDIRECT', value: true },
      { key: 'SECURE_HSTS_SECONDS', value: 31536000 },
    ],
  },
  setCookie: pythonSetCookie,
  serverSideFor: (name) => `request.session[${JSON.stringify(name)}] = value  # instead of response.set_cookie(${JSON.stringify(name)}, value)`,
  render: (settings) => ({ lines: assignmentLines(settings, (k, v) => `${k} = ${pythonValue(v)}`, '#') }),
};
