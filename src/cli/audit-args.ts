/** Command-line arguments of `cookie-lens audit`. */
import type { ImportFormat } from '../core/formats/index.ts';
import type { Severity } from '../core/rules/types.ts';
import { parseFromOption } from './read-input.ts';

export class AuditUsageError extends Error {}

export type AuditSource = { kind: 'fetch'; url: string } | { kind: 'input'; pageUrl: string; file: string };

export interface AuditArgs {
  source: AuditSource;
  json: boolean;
  failOn?: Exclude<Severity, 'info'>;
  /** Seconds the whole fetch (every redirect) may take. */
  timeoutSeconds: number;
  from?: ImportFormat;
}

/** A CI step must not hang on a host that accepts and never answers; 30 s is long for any page. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

export const AUDIT_USAGE =
  'usage: cookie-lens audit <url> | cookie-lens audit --url <page-url> [file|-]  [--json] [--fail-on high|medium|low] [--timeout <seconds>] [--from <format>]';

const FAIL_ON = ['high', 'medium', 'low'] as const;

function httpUrl(value: string | undefined, what: string): string {
  if (value === undefined) throw new AuditUsageError(`missing ${what}; ${AUDIT_USAGE}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuditUsageError(`not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AuditUsageError(`not an http(s) URL: ${value}`);
  return url.href;
}

export function parseAuditArgs(args: readonly string[]): AuditArgs {
  let json = false;
  let failOn: AuditArgs['failOn'];
  let pageUrl: string | undefined;
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  let from: ImportFormat | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--fail-on') {
      const value = args[++i];
      const level = FAIL_ON.find((s) => s === value);
      if (level === undefined)
        throw new AuditUsageError(`--fail-on expects high, medium or low; got ${value ?? 'nothing'}`);
      failOn = level;
    } else if (arg === '--timeout') {
      const value = args[++i];
      const seconds = value !== undefined && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
      if (!(seconds > 0 && seconds <= 3600))
        throw new AuditUsageError(`--timeout expects seconds between 0 and 3600; got ${value ?? 'nothing'}`);
      timeoutSeconds = seconds;
    } else if (arg === '--from') {
      const f = parseFromOption(args[++i]);
      if (typeof f === 'object') throw new AuditUsageError(f.error);
      from = f;
    } else if (arg === '--url') pageUrl = httpUrl(args[++i], 'page URL after --url');
    else if (arg.startsWith('--') && arg !== '-') throw new AuditUsageError(`unknown option ${arg}; ${AUDIT_USAGE}`);
    else positional.push(arg);
  }
  const base = {
    json,
    timeoutSeconds,
    ...(failOn === undefined ? {} : { failOn }),
    ...(from === undefined ? {} : { from }),
  };
  if (pageUrl !== undefined) {
    if (positional.length > 1) throw new AuditUsageError(`one input file at most; ${AUDIT_USAGE}`);
    return { ...base, source: { kind: 'input', pageUrl, file: positional[0] ?? '-' } };
  }
  if (positional.length !== 1) throw new AuditUsageError(AUDIT_USAGE);
  return { ...base, source: { kind: 'fetch', url: httpUrl(positional[0], 'URL') } };
}
