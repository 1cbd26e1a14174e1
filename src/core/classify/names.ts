/** Name patterns used by the classifier, each with its source (order: docs/rules.md §4; lists: OWASP ZAP, MDN HTTP Observatory). */

/** docs/rules.md §4 step 4; Observatory's anti-CSRF test is the substring "csrf" (mdn-http-observatory cookies.js). */
export const CSRF_NAME = /(?:csrf|xsrf|anti-?forgery|requestverificationtoken)/i;

/** ZAP HttpSessionsParam.DEFAULT_TOKENS (ASPSESSIONID is a prefix). */
const ZAP_SESSION_TOKENS = new Set([
  'asp.net_sessionid',
  'siteserver',
  'cfid',
  'cftoken',
  'jsessionid',
  'phpsessid',
  'sessid',
  'sid',
  'viewstate',
  'zenid',
]);
/** docs/rules.md §4 step 6 heuristic (ours). */
const SESSION_WORD = /(?:^|[_.-])(?:session|sess|sid|auth|token|remember)(?:[_.-]|$)/i;

const HIDDEN_PREFIX = /^__(?:secure|host)-/;
const SESSION_START = /^(?:session|token|auth|sid|remember)/;

/** docs/rules.md §4 step 6: ZAP's list, Observatory's substrings "login"/"sess", and the word heuristic. */
export function sessionNameReason(name: string): string | null {
  const lower = name.toLowerCase().replace(HIDDEN_PREFIX, '');
  if (ZAP_SESSION_TOKENS.has(lower) || lower.startsWith('aspsessionid'))
    return `'${name}' is on OWASP ZAP's list of session-token names`;
  if (lower.includes('sess') || lower.includes('login'))
    return `the name contains "${lower.includes('sess') ? 'sess' : 'login'}", which Mozilla's HTTP Observatory treats as a session cookie`;
  if (SESSION_WORD.test(lower) || SESSION_START.test(lower))
    return `the name '${name}' suggests a session or login token`;
  return null;
}

/** docs/rules.md §4 step 7 (ours). */
/** Heuristic (ours): a remembered user or display name kept as plain text, e.g. the DJ4E lesson's `username=dj4e_user`. */
export const REMEMBERED_NAME =
  /^(?:user_?name|display_?name|nick_?name|last_?user(?:name)?|remember(?:ed)?_?user(?:name)?)$/i;

export const PREFERENCE_NAME =
  /(?:prefs?(?:$|[_.-])|lang|locale|language|i18n|theme|dark|mode|currency|tz|timezone|region|country|font|consent|cookie_?consent|cookielaw|optanon|euconsent|cmp)/i;

/** CK024 (OWASP WSTG-SESS-01 `IsAdmin=No`; docs/rules.md §3): authorisation flags kept in an editable cookie. */
export const AUTHZ_NAME =
  /^(?:is_?admin|admin|role|user_?role|is_?staff|access_?level|privilege|logged_?in|authenticated|auth)$/i;
export const AUTHZ_VALUE = /^(?:true|false|yes|no|0|1|admin|user|guest)$/i;

/** JWT claims that identify a user (AUTH(c) of docs/rules.md §2: "a JWT naming a user in sub/user claims"). */
export const USER_CLAIMS = ['sub', 'user', 'user_id', 'userId', 'uid', 'email', 'username', 'preferred_username'];

/** Names that say "bearer token" (docs/rules.md §5 F19: token, jwt, access_token, id_token, auth...). */
export const TOKEN_NAME = /(?:token|jwt|auth|bearer|access|id_token|refresh)/i;
