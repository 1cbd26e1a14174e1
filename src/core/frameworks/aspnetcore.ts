/**
 * ASP.NET Core cookie facts. Sources:
 * - CookieBuilder properties (Name, Path, Domain, HttpOnly, SecurePolicy, SameSite, MaxAge):
 *   https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.cookiebuilder
 * - the session cookie (.AspNetCore.Session; SessionOptions.Cookie: HttpOnly, SameSite Lax, SecurePolicy None):
 *   https://learn.microsoft.com/aspnet/core/fundamentals/app-state#session-options
 * - the authentication cookie (.AspNetCore.Cookies; SecurePolicy SameAsRequest): https://learn.microsoft.com/aspnet/core/security/authentication/cookie
 * - the antiforgery cookie (.AspNetCore.Antiforgery.*; SameSite Strict): https://learn.microsoft.com/aspnet/core/security/anti-request-forgery
 * - any other cookie: Response.Cookies.Append(key, value, CookieOptions),
 *   https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.iresponsecookies.append
 */
import { type Control, type FrameworkRegistry, type ManagedCookie, mapped, same, type SettingValue } from './types.ts';

function csValue(v: SettingValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return v.code;
}

function controls(
  name: string,
  securePolicy: string,
  sameSite: string,
): Partial<Record<'name' | 'secure' | 'httpOnly' | 'sameSite' | 'path' | 'domain', Control>> {
  return {
    name: same('options.Cookie.Name', name),
    secure: mapped('options.Cookie.SecurePolicy', { code: `CookieSecurePolicy.${securePolicy}` }, () => ({
      code: 'CookieSecurePolicy.Always',
    })),
    httpOnly: same('options.Cookie.HttpOnly', true),
    sameSite: mapped('options.Cookie.SameSite', { code: `SameSiteMode.${sameSite}` }, (w) => ({
      code: `SameSiteMode.${w}`,
    })),
    path: same('options.Cookie.Path', '/'),
    domain: same('options.Cookie.Domain', null),
  };
}

const cookie = (
  role: ManagedCookie['role'],
  label: string,
  names: (string | RegExp)[],
  group: string,
  c: ManagedCookie['controls'],
): ManagedCookie => ({
  role,
  label,
  names,
  group,
  controls: c,
});

export const aspnetcore = {
  id: 'aspnetcore',
  label: 'ASP.NET Core',
  docs: [
    {
      label: 'ASP.NET Core: session options',
      url: 'https://learn.microsoft.com/aspnet/core/fundamentals/app-state#session-options',
    },
    {
      label: 'ASP.NET Core: cookie authentication',
      url: 'https://learn.microsoft.com/aspnet/core/security/authentication/cookie',
    },
    {
      label: 'ASP.NET Core: antiforgery',
      url: 'https://learn.microsoft.com/aspnet/core/security/anti-request-forgery',
    },
  ],
  names: {
    vendor: 'ASP.NET Core',
    lifetime: 'session',
    source: 'dotnet/aspnetcore SessionDefaults.cs, CookieAuthenticationDefaults.cs',
    rows: [['.AspNetCore.*', 'Session, authentication ticket, antiforgery or TempData']],
  },
  hints: [{ test: (n) => [...n].find((x) => x.startsWith('.AspNetCore.')) ?? null, weight: 2 }],
  fingerprints: [[/^\.AspNetCore\./, 'ASP.NET Core']],
  explain: {
    'aspnetcore-protected': {
      what: 'An ASP.NET Core Data Protection payload (CfDJ8...), e.g. the authentication ticket: encrypted and authenticated.',
      dataLives: 'browser, encrypted',
      holderCan: 'Not read it, but replay it to be logged in while it is valid.',
    },
    'aspnetcore-session': {
      what: "ASP.NET Core's session cookie (.AspNetCore.Session): an encrypted session key; the session data is in the server's cache.",
    },
    'aspnetcore-antiforgery': {
      what: "ASP.NET Core's antiforgery cookie: an encrypted token the server checks against the token in your form or header.",
    },
  },
  file: 'Program.cs',
  comment: '//',
  managed: [
    cookie(
      'session',
      'the ASP.NET Core session cookie',
      ['.AspNetCore.Session'],
      'AddSession',
      controls('.AspNetCore.Session', 'None', 'Lax'),
    ),
    cookie(
      'session',
      'the ASP.NET Core authentication cookie',
      ['.AspNetCore.Cookies'],
      'AddCookie',
      controls('.AspNetCore.Cookies', 'SameAsRequest', 'Lax'),
    ),
    cookie(
      'csrf',
      'the ASP.NET Core antiforgery cookie',
      [/^\.AspNetCore\.Antiforgery\./],
      'AddAntiforgery',
      controls('.AspNetCore.Antiforgery', 'None', 'Strict'),
    ),
  ],
  site: {},
  setCookie: (f) =>
    `Response.Cookies.Append(${JSON.stringify(f.name)}, value, new CookieOptions { ${[
      f.path ? `Path = ${JSON.stringify(f.path)}` : '',
      f.secure ? 'Secure = true' : '',
      f.httpOnly ? 'HttpOnly = true' : '',
      f.sameSite ? `SameSite = SameSiteMode.${f.sameSite}` : '',
    ]
      .filter((x) => x !== '')
      .join(', ')} });`,
  serverSideFor: (name) =>
    `HttpContext.Session.SetString(${JSON.stringify(name)}, value); // instead of Response.Cookies.Append(${JSON.stringify(name)}, ...)`,
  render: (settings) => {
    const lines: string[] = [];
    for (const group of [...new Set(settings.map((s) => s.group ?? 'AddSession'))]) {
      lines.push(`// builder.Services.${group}(options => { ... }):`);
      for (const s of settings.filter((x) => (x.group ?? 'AddSession') === group))
        lines.push(`${s.key} = ${csValue(s.value)};${s.note ? ` // ${s.note}` : ''}`);
    }
    return { lines };
  },
} satisfies FrameworkRegistry;
