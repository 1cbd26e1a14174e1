/**
 * Spring Boot cookie facts (application.properties). Sources:
 * - server.servlet.session.cookie.* (name, domain, path, secure, http-only, same-site, max-age) and
 *   server.servlet.session.tracking-modes: https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.server
 *   (they also configure Spring Session's cookie, default name SESSION, HttpOnly and SameSite=Lax:
 *   https://docs.spring.io/spring-session/reference/api.html#api-cookieserializer)
 * - any other cookie: ResponseCookie, https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/ResponseCookie.html
 */
import { type FrameworkRegistry, mapped, same, type SettingValue } from './types.ts';

const propValue = (v: SettingValue): string => (v === null ? '' : typeof v === 'object' ? v.code : String(v));

export const spring = {
  id: 'spring',
  label: 'Spring Boot',
  docs: [
    {
      label: 'Spring Boot: server.servlet.session properties',
      url: 'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.server',
    },
    {
      label: 'Spring Session: CookieSerializer',
      url: 'https://docs.spring.io/spring-session/reference/api.html#api-cookieserializer',
    },
  ],
  names: {
    vendor: 'Spring Session',
    lifetime: 'session',
    source: 'spring-session DefaultCookieSerializer',
    rows: [['SESSION', 'Spring Session id (base64 UUID)']],
  },
  hints: [{ test: (n) => (n.has('SESSION') ? 'SESSION' : null), weight: 1 }],
  fingerprints: [[/^SESSION$/, 'Spring Session']],
  explain: {
    'spring-session': {
      what: "Spring Session's SESSION cookie: a base64-encoded session id; the session itself is in Spring Session's store (Redis, JDBC...).",
    },
  },
  file: 'application.properties',
  comment: '#',
  managed: [
    {
      role: 'session',
      label: "the servlet session cookie (Spring Session SESSION, or the container's JSESSIONID)",
      names: ['SESSION', 'JSESSIONID'],
      recognise: (a) => a.classification.framework === 'spring',
      controls: {
        name: same('server.servlet.session.cookie.name', 'SESSION'),
        secure: same('server.servlet.session.cookie.secure', null),
        httpOnly: same('server.servlet.session.cookie.http-only', true),
        sameSite: mapped('server.servlet.session.cookie.same-site', null, (w) => w.toLowerCase()),
        path: same('server.servlet.session.cookie.path', '/'),
        domain: same('server.servlet.session.cookie.domain', null),
      },
      // Unset (the default), the cookie lasts the browser session; an empty value is not a duration.
      codeFor: {
        persistent:
          '# remove server.servlet.session.cookie.max-age: unset, the session cookie ends with the browser session',
      },
    },
  ],
  site: { 'cookies-only-session-id': [{ key: 'server.servlet.session.tracking-modes', value: 'cookie' }] },
  setCookie: (f) =>
    `response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(${JSON.stringify(f.name)}, value)${f.path ? `.path(${JSON.stringify(f.path)})` : ''}${
      f.secure ? '.secure(true)' : ''
    }${f.httpOnly ? '.httpOnly(true)' : ''}${f.sameSite ? `.sameSite(${JSON.stringify(f.sameSite)})` : ''}.build().toString());`,
  serverSideFor: (name) =>
    `session.setAttribute(${JSON.stringify(name)}, value); // HttpSession, instead of a ${JSON.stringify(name)} cookie`,
  render: (settings) => ({
    lines: settings.map((s) => `${s.key}=${propValue(s.value)}${s.note ? `  # ${s.note}` : ''}`),
  }),
} satisfies FrameworkRegistry;
