/**
 * Input for `audit --url <page> [file|-]`: the formats `classify` reads (src/cli/input.ts). A JSON array becomes
 * cookies; Set-Cookie lines stay raw lines, because the audit also checks what Chrome would refuse from the header.
 */
import type { Cookie } from '../core/types.ts';
import { InputError, parseCookieInput } from './input.ts';

export class AuditInputError extends Error {}

export type AuditInput = { kind: 'cookies'; cookies: Cookie[] } | { kind: 'set-cookie'; lines: string[] };

export function parseAuditInput(text: string, pageUrl: string): AuditInput {
  const trimmed = text.trim();
  if (trimmed === '') throw new AuditInputError('the input is empty');
  const page = new URL(pageUrl);
  try {
    // Validates both formats with line numbers; JSON becomes cookies directly.
    const cookies = parseCookieInput(text, page);
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) return { kind: 'cookies', cookies };
  } catch (e) {
    throw new AuditInputError(e instanceof InputError ? e.message : String(e));
  }
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*set-cookie:\s*/i, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return { kind: 'set-cookie', lines };
}
