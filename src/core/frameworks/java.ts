/**
 * Java EE / Jakarta Servlet session cookie facts (web.xml). Sources:
 * - <session-config><cookie-config> (name, domain, path, http-only, secure, max-age, and from Servlet 6.0
 *   <attribute> for SameSite) and <tracking-mode>: Jakarta Servlet 6.0 §7.1.1 and the web-app XSD,
 *   https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0#session-tracking-mechanisms
 * - any other cookie: jakarta.servlet.http.Cookie (setSecure, setHttpOnly, setAttribute),
 *   https://jakarta.ee/specifications/servlet/6.0/apidocs/jakarta.servlet/jakarta/servlet/http/cookie
 */
import { type FrameworkRegistry, same, type SettingChange, type SettingValue } from './types.ts';

const xmlValue = (v: SettingValue): string => (v === null ? '' : typeof v === 'object' ? v.code : String(v));

function element(s: SettingChange): string {
  const note = s.note ? ` <!-- ${s.note} -->` : '';
  if (s.key === 'SameSite')
    return `    <attribute><attribute-name>SameSite</attribute-name><attribute-value>${xmlValue(s.value)}</attribute-value></attribute>${note}`;
  return `    <${s.key}>${xmlValue(s.value)}</${s.key}>${note}`;
}

export const java = {
  id: 'java',
  label: 'Java EE / Jakarta Servlet',
  docs: [
    {
      label: 'Jakarta Servlet 6.0: session tracking mechanisms',
      url: 'https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0#session-tracking-mechanisms',
    },
    {
      label: 'Jakarta Servlet 6.0: Cookie',
      url: 'https://jakarta.ee/specifications/servlet/6.0/apidocs/jakarta.servlet/jakarta/servlet/http/cookie',
    },
  ],
  names: {
    vendor: 'Java Servlet',
    lifetime: 'session',
    source: 'Jakarta Servlet specification §7.1.1 (JSESSIONID)',
    rows: [['JSESSIONID', 'Servlet container session id']],
  },
  hints: [{ test: (n) => (n.has('JSESSIONID') ? 'JSESSIONID' : null), weight: 2 }],
  fingerprints: [[/^JSESSIONID$/i, 'Java EE / Tomcat']],
  explain: {
    'java-session': {
      what: 'The servlet container\'s session id (JSESSIONID): a random key; the HttpSession is kept in the application server. A part after "." is the server\'s route, not random.',
    },
  },
  file: 'web.xml',
  comment: '<!--',
  managed: [
    {
      role: 'session',
      label: "the servlet container's session cookie",
      names: ['JSESSIONID'],
      recognise: (a) => a.classification.framework === 'java',
      controls: {
        name: same('name', 'JSESSIONID'),
        secure: same('secure', false),
        httpOnly: same('http-only', false),
        sameSite: same('SameSite', null),
        path: same('path', null),
        domain: same('domain', null),
        persistent: { key: 'max-age', default: -1, encode: (w) => (w ? 28800 : -1) },
      },
    },
  ],
  site: { 'cookies-only-session-id': [{ key: 'tracking-mode', value: 'COOKIE' }] },
  setCookie: (f) =>
    [
      `Cookie cookie = new Cookie(${JSON.stringify(f.name)}, value);`,
      f.path ? `cookie.setPath(${JSON.stringify(f.path)});` : '',
      f.secure ? 'cookie.setSecure(true);' : '',
      f.httpOnly ? 'cookie.setHttpOnly(true);' : '',
      f.sameSite ? `cookie.setAttribute("SameSite", ${JSON.stringify(f.sameSite)});` : '',
      'response.addCookie(cookie);',
    ]
      .filter((x) => x !== '')
      .join(' '),
  serverSideFor: (name) =>
    `request.getSession().setAttribute(${JSON.stringify(name)}, value); // instead of a ${JSON.stringify(name)} cookie`,
  render: (settings) => {
    const cookie = settings.filter((s) => s.key !== 'tracking-mode');
    const tracking = settings.filter((s) => s.key === 'tracking-mode');
    const lines = ['<session-config>'];
    if (cookie.length > 0) lines.push('  <cookie-config>', ...cookie.map(element), '  </cookie-config>');
    for (const t of tracking) lines.push(`  <tracking-mode>${xmlValue(t.value)}</tracking-mode>`);
    lines.push('</session-config>');
    return { lines };
  },
} satisfies FrameworkRegistry;
