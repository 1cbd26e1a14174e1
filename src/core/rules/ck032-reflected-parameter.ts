import { zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, plainValue } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK032: part of the value equals a query parameter value longer than one character (ZAP 10029). */
export const ck032ReflectedParameter: Rule = {
  id: 'CK032',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie value copied from the URL',
  why: 'Part of this cookie equals a query parameter of the page, so the server may copy URL input into cookies.',
  attack:
    'A crafted link sets cookie content the attacker chooses (cookie poisoning), or injects extra attributes if ";" is not stripped.',
  fix: ruleFix('Do not copy request parameters into cookies; if you must, validate them and strip ";".'),
  fixTopics: [],
  sources: [zap('10029', 'Cookie Poisoning (Informational, CWE-565)')],
  check: eachCookie(({ cookie }, page) => {
    const params = [...page.url.searchParams.values()].filter((v) => v.length > 1);
    if (params.length === 0) return false;
    const parts = plainValue(cookie.value).split(/[;=|]/);
    const match = parts.find((p) => params.includes(p));
    return match === undefined ? false : { detail: `Matches the URL parameter value "${match}".` };
  }),
};
