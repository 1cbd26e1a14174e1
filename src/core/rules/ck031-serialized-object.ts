import { DJANGO_RCE_NOTE } from '../sources.ts';
import { serializedFormat } from './decoded-data.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK031: the value decodes to a native serialized object (Java, pickle, PHP, .NET, Ruby Marshal). */
export const ck031SerializedObject: Rule = {
  id: 'CK031',
  severity: 'medium',
  scope: 'cookie',
  observable: 'store',
  title: 'Serialized object in a cookie',
  why: 'The value is a native serialized object. Servers that deserialize client data with such formats have a classic remote-code-execution hole.',
  attack:
    'An attacker crafts a malicious object (a "gadget chain"); when the server deserializes it, the attacker\'s code runs. With Django signed cookies this needs a leaked SECRET_KEY plus the pickle serializer.',
  fix: ruleFix('Serialize to JSON; never deserialize untrusted data with native formats.'),
  fixTopics: ['server-side'],
  sources: [
    DJANGO_RCE_NOTE,
    {
      label: 'OWASP Deserialization Cheat Sheet',
      url: 'https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html',
    },
  ],
  check: eachCookie(({ analysis }) => {
    const format = serializedFormat(analysis);
    return format === null ? false : { detail: `Format: ${format}` };
  }),
};
