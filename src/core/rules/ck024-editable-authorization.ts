import { WSTG_SESSION_SCHEMA } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, plainValue } from './predicates.ts';
import type { Rule } from './types.ts';

const AUTHZ_NAME =
  /^(is_?admin|admin|role|user_?role|is_?staff|access_?level|privilege|logged_?in|authenticated|auth)$/i;
const TRIVIAL_VALUE = /^(true|false|yes|no|0|1|admin|user|guest)$/i;

/** CK024: authorisation decided by a plain, user-editable value (WSTG `IsAdmin=No`). Heuristic trigger (ours). */
export const ck024EditableAuthorization: Rule = {
  id: 'CK024',
  severity: 'high',
  scope: 'cookie',
  observable: 'store',
  title: 'Authorisation flag in a plain cookie',
  why: 'The cookie name and value look like an access decision (IsAdmin=No) with no signature: the user can change it.',
  attack:
    'The user edits the cookie (IsAdmin=No → Yes) in DevTools and gains rights the server never granted, if the server trusts it.',
  fix: ruleFix('Derive roles and login state from the server-side session; never from a cookie the user can edit.'),
  fixTopics: ['server-side'],
  sources: [
    WSTG_SESSION_SCHEMA,
    {
      label: 'CWE-565: Reliance on Cookies without Validation and Integrity Checking',
      url: 'https://cwe.mitre.org/data/definitions/565.html',
    },
  ],
  check: eachCookie(({ cookie }) => AUTHZ_NAME.test(cookie.name) && TRIVIAL_VALUE.test(plainValue(cookie.value))),
};
