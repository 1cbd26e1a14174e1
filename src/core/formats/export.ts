/**
 * The exporter's single entry point: one format, with the secrets named (and optionally redacted) first.
 */
import type { Cookie } from '../cookie/model.ts';
import { exportCurl } from './curl.ts';
import { exportHeader } from './header.ts';
import { exportJson } from './json.ts';
import { exportNetscape } from './netscape.ts';
import { type AnalysisOf, markSecrets, redact, type SecretMark } from './secrets.ts';
import type { ExportFormat, ExportResult } from './types.ts';

export interface ExportOptions {
  /** The page URL: required for curl; for header, keeps only the cookies sent to it. */
  url?: string;
  /** The analysis; without it no cookie is known to be a credential. */
  analysisOf?: AnalysisOf;
  /** Replace every credential's value with `REDACTED-<class>` (needs analysisOf). */
  redactSecrets?: boolean;
}

export interface CookieExport extends ExportResult {
  /** Credentials in the export (values already replaced when redacted). */
  secrets: SecretMark[];
  redacted: boolean;
}

export function exportCookies(format: ExportFormat, cookies: readonly Cookie[], options: ExportOptions = {}): CookieExport {
  const secrets = options.analysisOf ? markSecrets(cookies, options.analysisOf) : [];
  const redacted = options.redactSecrets === true && options.analysisOf !== undefined;
  const out = redacted && options.analysisOf ? redact(cookies, options.analysisOf) : [...cookies];
  let result: ExportResult;
  switch (format) {
    case 'json':
      result = exportJson(out);
      break;
    case 'netscape':
      result = exportNetscape(out);
      break;
    case 'header':
      result = exportHeader(out, options.url !== undefined ? { url: options.url } : {});
      break;
    case 'curl':
      result = options.url === undefined ? { text: '', notes: ['curl export needs the page URL'] } : exportCurl(out, { url: options.url });
      break;
  }
  const secretNote = secrets.length === 0
    ? []
    : redacted
      ? [`${secrets.length} credential cookie(s) redacted: their values are placeholders (REDACTED-…).`]
      : [`${secrets.length} cookie(s) in this export are credentials: whoever has the export can act as you. Share it like a password.`];
  return { ...result, notes: [...secretNote, ...result.notes], secrets, redacted };
}
