import { zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import type { Rule } from './types.ts';

/** ZAP URL-information-disclosure-messages.txt keywords. */
const SENSITIVE_PARAM_WORDS = [
  'user',
  'username',
  'pass',
  'password',
  'pwd',
  'token',
  'ticket',
  'session',
  'jsessionid',
  'sessionid',
];
const EMAIL = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
const US_SSN = /^\d{3}-\d{2}-\d{4}$/;
const CARD_LIKE = /^\d{13,19}$/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function sensitiveValue(value: string): string | null {
  if (EMAIL.test(value)) return 'an e-mail address';
  if (US_SSN.test(value)) return 'a US SSN';
  if (CARD_LIKE.test(value) && luhnValid(value)) return 'a card number';
  return null;
}

/** CK034 (site): sensitive parameter names or values in the page URL (ZAP 10024). */
export const ck034SensitiveUrl: Rule = {
  id: 'CK034',
  severity: 'info',
  scope: 'site',
  observable: 'store',
  title: 'Sensitive data in the URL',
  why: 'The page URL has a parameter whose name or value looks sensitive (user, password, token, session, an e-mail, a card number).',
  attack:
    'URLs are logged and leaked through history and the Referer header, so the data reaches people it was not meant for.',
  fix: ruleFix('Send sensitive data in the request body or headers, not in the URL.'),
  fixTopics: [],
  sources: [zap('10024', 'Information Disclosure - Sensitive Information in URL (Informational)')],
  check(ctx) {
    for (const [name, value] of ctx.page.url.searchParams) {
      const lower = name.toLowerCase();
      const word = SENSITIVE_PARAM_WORDS.find((w) => lower.includes(w));
      if (word !== undefined) return [{ detail: `Parameter name ${name}` }];
      const kind = sensitiveValue(value);
      if (kind !== null) return [{ detail: `Parameter ${name} holds ${kind}` }];
    }
    return [];
  },
};
