/**
 * Exact setting lines per framework, from cookie-rules.md §(d), grouped by what they fix.
 * Rules name the topics they need; the site report collects the topics of its findings so it shows only the
 * settings the findings call for.
 */
import type { FixFramework, RuleFix } from './types.ts';

export type FixTopic =
  | 'session-secure'
  | 'session-httponly'
  | 'session-samesite'
  | 'session-lifetime'
  | 'csrf-secure'
  | 'csrf-samesite'
  | 'server-side-session'
  | 'host-only'
  | 'host-prefix'
  | 'https-only'
  | 'cookies-only-session-id';

type TopicLines = Partial<Record<FixFramework, readonly string[]>>;

export const FRAMEWORK_FIXES: Record<FixTopic, TopicLines> = {
  'session-secure': {
    django: ['SESSION_COOKIE_SECURE = True'],
    express: ["app.set('trust proxy', 1)", 'session({ cookie: { secure: true } })'],
    flask: ['app.config.update(SESSION_COOKIE_SECURE=True, REMEMBER_COOKIE_SECURE=True)'],
    rails: ['config.force_ssl = true', 'Rails.application.config.session_store :cookie_store, secure: true'],
    laravel: ['SESSION_SECURE_COOKIE=true'],
    php: ['session.cookie_secure = 1'],
    spring: ['server.servlet.session.cookie.secure=true'],
    java: ['<session-config><cookie-config><secure>true</secure></cookie-config></session-config>'],
    aspnetcore: ['options.Cookie.SecurePolicy = CookieSecurePolicy.Always;'],
  },
  'session-httponly': {
    django: ['SESSION_COOKIE_HTTPONLY = True'],
    express: ['session({ cookie: { httpOnly: true } })'],
    flask: ['app.config.update(SESSION_COOKIE_HTTPONLY=True)'],
    rails: ['Rails.application.config.session_store :cookie_store, httponly: true'],
    laravel: ['SESSION_HTTP_ONLY=true'],
    php: ['session.cookie_httponly = 1'],
    spring: ['server.servlet.session.cookie.http-only=true'],
    java: ['<session-config><cookie-config><http-only>true</http-only></cookie-config></session-config>'],
    aspnetcore: ['options.Cookie.HttpOnly = true;'],
  },
  'session-samesite': {
    django: ['SESSION_COOKIE_SAMESITE = "Lax"'],
    express: ["session({ cookie: { sameSite: 'lax' } })"],
    flask: ['app.config.update(SESSION_COOKIE_SAMESITE="Lax", REMEMBER_COOKIE_SAMESITE="Lax")'],
    rails: ['config.action_dispatch.cookies_same_site_protection = :lax'],
    laravel: ['SESSION_SAME_SITE=lax'],
    php: ['session.cookie_samesite = "Lax"'],
    spring: ['server.servlet.session.cookie.same-site=lax'],
    aspnetcore: ['options.Cookie.SameSite = SameSiteMode.Lax;'],
  },
  'session-lifetime': {
    django: ['SESSION_EXPIRE_AT_BROWSER_CLOSE = True', 'SESSION_COOKIE_AGE = 8 * 60 * 60  # default 1209600 (2 weeks)'],
    express: ['session({ cookie: { maxAge: 8 * 60 * 60 * 1000 } })'],
    flask: ['app.config.update(PERMANENT_SESSION_LIFETIME=timedelta(hours=8))  # default 31 days'],
    rails: ['Rails.application.config.session_store :cookie_store, expire_after: 8.hours'],
    laravel: ['SESSION_EXPIRE_ON_CLOSE=true'],
    php: ['session.cookie_lifetime = 0'],
  },
  'csrf-secure': {
    django: ['CSRF_COOKIE_SECURE = True'],
    rails: ['config.force_ssl = true'],
    laravel: ['SESSION_SECURE_COOKIE=true'],
  },
  'csrf-samesite': {
    django: ['CSRF_COOKIE_SAMESITE = "Lax"'],
    laravel: ['SESSION_SAME_SITE=lax'],
  },
  'server-side-session': {
    django: ['SESSION_ENGINE = "django.contrib.sessions.backends.db"'],
    express: ["// use express-session with a server-side store instead of cookie-session"],
    flask: ['# use a server-side session extension; the default Flask session is client-side (readable)'],
    laravel: ['SESSION_DRIVER=database'],
  },
  'host-only': {
    django: ['SESSION_COOKIE_DOMAIN = None'],
    laravel: ['SESSION_DOMAIN=null'],
  },
  'host-prefix': {
    django: ['SESSION_COOKIE_NAME = "__Host-sessionid"', 'CSRF_COOKIE_NAME = "__Host-csrftoken"'],
    express: ["session({ name: '__Host-sid', cookie: { secure: true, path: '/' } })"],
    flask: ['app.config.update(SESSION_COOKIE_NAME="__Host-session")'],
    rails: ['Rails.application.config.session_store :cookie_store, key: "__Host-myapp_session"'],
    laravel: ['SESSION_COOKIE=__Host-app-session'],
    php: ['session.name = __Host-SID'],
    spring: ['server.servlet.session.cookie.name=__Host-SESSION'],
    aspnetcore: ['options.Cookie.Name = "__Host-session";'],
  },
  'https-only': {
    django: ['SECURE_SSL_REDIRECT = True', 'SECURE_HSTS_SECONDS = 31536000'],
    rails: ['config.force_ssl = true'],
  },
  'cookies-only-session-id': {
    php: ['session.use_only_cookies = 1', 'session.use_trans_sid = 0'],
    java: ['<session-config><tracking-mode>COOKIE</tracking-mode></session-config>'],
  },
};

export const FIX_FRAMEWORKS: readonly FixFramework[] = [
  'django', 'express', 'flask', 'rails', 'laravel', 'php', 'spring', 'java', 'aspnetcore',
];

/** The framework lines for a set of topics, deduplicated, in topic order. */
export function linesFor(framework: FixFramework, topics: readonly FixTopic[]): string[] {
  const lines: string[] = [];
  for (const topic of topics) {
    for (const line of FRAMEWORK_FIXES[topic][framework] ?? []) if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

/** Builds a rule's fix: the general advice plus, per framework, the lines of its topics. */
export function ruleFix(general: string, topics: readonly FixTopic[]): RuleFix {
  const frameworks: RuleFix['frameworks'] = {};
  for (const fw of FIX_FRAMEWORKS) {
    const lines = linesFor(fw, topics);
    if (lines.length > 0) frameworks[fw] = lines.join('\n');
  }
  return { general, frameworks };
}
