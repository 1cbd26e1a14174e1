/**
 * The exporter's single entry point: one format, with the secrets named (and optionally redacted) first.
 */
import type { Cookie } from '../cookie/model.ts';
import { exporterOf, type ExportFormat } from './index.ts';
import { type AnalysisOf, markSecrets, redact, type SecretMark } from './secrets.ts';
import type { ExportResult } from './types.ts';

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

export function exportCookies(
  format: ExportFormat,
  cookies: readonly Cookie[],
  options: ExportOptions = {},
): CookieExport {
  const secrets = options.analysisOf ? markSecrets(cookies, options.analysisOf) : [];
  const redacted = options.redactSecrets === true && options.analysisOf !== undefined;
  const out = redacted && options.analysisOf ? redact(cookies, options.analysisOf) : [...cookies];
  const result = exporterOf(format).exporter.write(out, options.url !== undefined ? { url: options.url } : {});
  const secretNote =
    secrets.length === 0
      ? []
      : redacted
        ? [`${secrets.length} credential cookie(s) redacted: their values are placeholders (REDACTED-…).`]
        : [
            `${secrets.length} cookie(s) in this export are credentials: whoever has the export can act as you. Share it like a password.`,
          ];
  return { ...result, notes: [...secretNote, ...result.notes], secrets, redacted };
}
