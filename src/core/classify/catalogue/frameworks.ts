/**
 * Default cookie names of web frameworks (docs/rules.md §5 F1–F18 and CK030; OWASP Session Management Cheat Sheet, "Session ID Name Fingerprinting"). Category 'framework' never decides
 * the class by itself: the framework detectors in src/core/decode/frameworks/ look at the value too.
 */
import type { VendorBlock } from './types.ts';

export const FRAMEWORKS: readonly VendorBlock[] = [
  {
    vendor: 'Django', category: 'framework', framework: 'django', lifetime: '2 weeks', source: 'docs.djangoproject.com/en/stable/ref/settings/ (SESSION_COOKIE_NAME, CSRF_COOKIE_NAME, LANGUAGE_COOKIE_NAME)',
    rows: [['sessionid', 'Session: a key, or the session itself with the signed_cookies engine'], ['csrftoken', 'CSRF protection', '1 year'], ['messages', 'Flash messages', 'session'], ['django_language', 'Language choice', 'session']],
  },
  { vendor: 'Express', category: 'framework', framework: 'express', lifetime: 'session', source: 'expressjs/session README; expressjs/cookie-session README', rows: [['connect.sid', 'express-session signed session id'], ['express:sess', 'cookie-session data (older default name)'], ['express:sess.sig', 'cookie-session signature']] },
  { vendor: 'PHP', category: 'framework', framework: 'php', lifetime: 'session', source: 'php.net/manual/en/session.configuration.php (session.name)', rows: [['PHPSESSID', 'Native PHP session id']] },
  { vendor: 'Java Servlet', category: 'framework', framework: 'java', lifetime: 'session', source: 'Jakarta Servlet specification §7.1.1 (JSESSIONID)', rows: [['JSESSIONID', 'Servlet container session id']] },
  { vendor: 'Spring Session', category: 'framework', framework: 'spring', lifetime: 'session', source: 'spring-session DefaultCookieSerializer', rows: [['SESSION', 'Spring Session id (base64 UUID)']] },
  { vendor: 'ASP.NET', category: 'framework', framework: 'aspnet', lifetime: 'session', source: 'learn.microsoft.com/dotnet/api/system.web.sessionstate.sessionidmanager', rows: [['ASP.NET_SessionId', 'ASP.NET session id'], ['ASPSESSIONID*', 'Classic ASP session id'], ['__RequestVerificationToken', 'MVC anti-forgery token', 'session', 'csrf'], ['.ASPXAUTH', 'Forms authentication ticket (encrypted)', 'session', 'auth-token'], ['.ASPXANONYMOUS', 'Anonymous identification', '70 days', 'unknown']] },
  { vendor: 'ASP.NET Core', category: 'framework', framework: 'aspnetcore', lifetime: 'session', source: 'dotnet/aspnetcore SessionDefaults.cs, CookieAuthenticationDefaults.cs', rows: [['.AspNetCore.*', 'Session, authentication ticket, antiforgery or TempData']] },
  { vendor: 'Laravel', category: 'framework', framework: 'laravel', lifetime: '2 hours', source: 'laravel/laravel config/session.php', rows: [['laravel_session', 'Encrypted session id'], ['XSRF-TOKEN', 'CSRF token for JavaScript clients', '2 hours', 'csrf']] },
  { vendor: 'Ruby on Rails', category: 'framework', framework: 'rails', lifetime: 'session', source: 'rails/rails railties finisher.rb; activerecord-session_store', rows: [['_session_id', 'Server-side session id (ActiveRecord/Redis store)'], ['remember_user_token', 'Devise remember-me token', '2 weeks', 'auth-token']] },
  { vendor: 'Rack', category: 'framework', lifetime: 'session', source: 'rack/rack lib/rack/session', rows: [['rack.session', 'Rack session cookie']] },
  { vendor: 'ColdFusion', category: 'framework', framework: 'coldfusion', lifetime: 'persistent', source: 'helpx.adobe.com/coldfusion (CFID/CFTOKEN)', rows: [['CFID', 'Client id'], ['CFTOKEN', 'Client token']] },
  { vendor: 'CodeIgniter', category: 'framework', lifetime: '2 hours', source: 'codeigniter.com/user_guide/libraries/sessions.html', rows: [['ci_session', 'Session id']] },
  { vendor: 'Magento', category: 'framework', lifetime: '1 hour', source: 'experienceleague.adobe.com/docs/commerce-admin/start/compliance/privacy/compliance-cookie-law.html', rows: [['PHPSESSID', 'Session id'], ['form_key', 'CSRF protection', '1 hour', 'csrf'], ['mage-cache-sessid', 'Local cache invalidation', '1 hour', 'unknown'], ['private_content_version', 'Private content cache version', '1 year', 'unknown']] },
  { vendor: 'Auth.js / NextAuth', category: 'framework', framework: 'authjs', lifetime: '30 days', source: 'nextauthjs/next-auth packages/core/src/lib/utils/cookie.ts', rows: [['authjs.*', 'Auth.js session, CSRF and flow cookies'], ['next-auth.*', 'NextAuth session, CSRF and flow cookies'], ['__Secure-authjs.*', 'Auth.js cookies on HTTPS'], ['__Secure-next-auth.*', 'NextAuth cookies on HTTPS'], ['__Host-authjs.*', 'Auth.js CSRF cookie'], ['__Host-next-auth.*', 'NextAuth CSRF cookie']] },
];
