/** "Learn more" links shared by the rules (the public sources of docs/rules.md §10). */

const RFC6265BIS = 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html';
const OWASP_SM = 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html';
const OBSERVATORY = 'https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring#cookies';
const WSTG_SESS_01 =
  'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/01-Testing_for_Session_Management_Schema';
const CHROMIUM_COOKIES = 'https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/';

/** A public source a rule, a limit or a framework fact is taken from. */
export interface SourceLink {
  label: string;
  url: string;
}

export function zap(id: string, name: string): SourceLink {
  return { label: `OWASP ZAP ${id}: ${name}`, url: `https://www.zaproxy.org/docs/alerts/${id}/` };
}

export function rfc6265bis(section: string, anchor: string): SourceLink {
  return { label: `RFC 6265bis ${section}`, url: `${RFC6265BIS}#${anchor}` };
}

export function owaspSession(section: string, anchor: string): SourceLink {
  return { label: `OWASP Session Management Cheat Sheet: ${section}`, url: `${OWASP_SM}#${anchor}` };
}

export function observatory(resultId: string): SourceLink {
  return { label: `MDN HTTP Observatory: ${resultId}`, url: OBSERVATORY };
}

export function chromium(file: string, what: string): SourceLink {
  return { label: `Chromium ${file}: ${what}`, url: `${CHROMIUM_COOKIES}${file}` };
}

export const WSTG_SESSION_SCHEMA: SourceLink = {
  label: 'OWASP WSTG-SESS-01: Testing for Session Management Schema',
  url: WSTG_SESS_01,
};

export const WSTG_COOKIE_ATTRIBUTES: SourceLink = {
  label: 'OWASP WSTG-SESS-02: Testing for Cookies Attributes',
  url: 'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/02-Testing_for_Cookies_Attributes',
};

export const OWASP_JWT: SourceLink = {
  label: 'OWASP JSON Web Token Cheat Sheet',
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
};

export const OWASP_DJANGO: SourceLink = {
  label: 'OWASP Django Security Cheat Sheet',
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Django_Security_Cheat_Sheet.html',
};

export const DJANGO_SESSIONS: SourceLink = {
  label: 'Django docs: How to use sessions (signed_cookies warning)',
  url: 'https://docs.djangoproject.com/en/stable/topics/http/sessions/',
};

export const DJANGO_CSRF_COOKIE_SECURE: SourceLink = {
  label: 'Django docs: CSRF_COOKIE_SECURE (check --deploy warning security.W016)',
  url: 'https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-secure',
};

export const RFC7519_UNSECURED: SourceLink = {
  label: 'RFC 7519 §6: Unsecured JWTs',
  url: 'https://www.rfc-editor.org/rfc/rfc7519#section-6',
};

export const RFC8725_ALG: SourceLink = {
  label: 'RFC 8725 §3.1: Perform algorithm verification',
  url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1',
};

export const RFC7519_EXP: SourceLink = {
  label: 'RFC 7519 §4.1.4: "exp" claim',
  url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4',
};

export const CHIPS_DOCS: SourceLink = {
  label: 'Chrome docs: Cookies Having Independent Partitioned State (CHIPS)',
  url: 'https://developer.chrome.com/docs/privacy-sandbox/chips/',
};

export const OPEN_COOKIE_DATABASE: SourceLink = {
  label: 'Open Cookie Database',
  url: 'https://github.com/jkwakman/Open-Cookie-Database',
};

export const GA4_COOKIE_USAGE: SourceLink = {
  label: 'Google Analytics: [GA4] Cookie usage on websites',
  url: 'https://support.google.com/analytics/answer/11397207',
};

export const DJANGO_RCE_NOTE: SourceLink = {
  label: 'Django 1.5.3 release notes: remote-code execution via pickled sessions',
  url: 'https://docs.djangoproject.com/en/stable/releases/1.5.3/',
};

export const CHROMIUM_LAX_ALLOW_UNSAFE = chromium('cookie_constants.cc', 'kLaxAllowUnsafeMaxAge = 2 minutes');
export const RFC_HTTPONLY = rfc6265bis('§4.1.2.6 The HttpOnly attribute', 'attribute-httponly');
export const RFC_SAMESITE = rfc6265bis('§5.6.7 The SameSite attribute', 'attribute-samesite');
export const RFC_PREFIXES = rfc6265bis('§4.1.3 Cookie name prefixes', 'cookie-name-prefixes');
export const RFC_STORAGE_MODEL = rfc6265bis('§5.7 Storage model', 'storage-model');
export const CHROMIUM_PREFIX_VALID = chromium('cookie_util.cc', 'IsCookiePrefixValid');
