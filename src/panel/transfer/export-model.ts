/**
 * What the Export dialog shows and saves: which cookies, in which format, the text, its notes, the credentials in
 * it, and the file name. Pure: the classifier is passed in, so the model is tested without a browser.
 */
import { registrableDomain } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { exportCookies } from '../../core/formats/export.ts';
import { EXPORT_FORMATS as EXPORT_FORMAT_IDS, exporterOf, type ExportFormat } from '../../core/formats/index.ts';
import type { AnalysisOf, SecretMark } from '../../core/formats/secrets.ts';

export type ExportChoice = 'selected' | 'shown' | 'site';

export const CHOICE_LABELS: Record<ExportChoice, string> = {
  selected: 'Selected',
  shown: 'Shown by the filter',
  site: 'All cookies of this site',
};

export interface FormatInfo {
  label: string;
  /** What the format carries, in plain words. */
  carries: string;
  extension: string;
  mime: string;
  /** File name stem before the site: `cookies-localhost.txt`. */
  stem: string;
}

/** The Export dialog's formats, from the format registry, in its order. */
export const EXPORT_FORMATS = Object.fromEntries(
  EXPORT_FORMAT_IDS.map((id) => {
    const f = exporterOf(id);
    return [
      id,
      {
        label: f.exporter.choice,
        carries: f.exporter.carries,
        extension: f.extension,
        mime: f.mime,
        stem: f.exporter.stem,
      },
    ];
  }),
) as Record<ExportFormat, FormatInfo>;

export interface ExportTargets {
  selected: readonly Cookie[];
  shown: readonly Cookie[];
  site: readonly Cookie[];
}

/**
 * The choice the dialog starts with: what the user most likely means. Several rows selected on purpose, else the
 * rows a filter narrows the table to, else the whole site. One selected row is the row being inspected (a click
 * opens its details), not a decision to export that cookie alone.
 */
export function defaultExportChoice(targets: ExportTargets, filtered: boolean): ExportChoice {
  if (targets.selected.length > 1) return 'selected';
  if (filtered && targets.shown.length > 0) return 'shown';
  if (targets.site.length > 0) return 'site';
  return targets.shown.length > 0 ? 'shown' : 'selected';
}

export interface ExportRequest {
  format: ExportFormat;
  choice: ExportChoice;
  targets: ExportTargets;
  pageUrl: URL;
  redact: boolean;
  analysisOf: AnalysisOf;
}

export interface ExportModel {
  cookies: readonly Cookie[];
  text: string;
  notes: string[];
  /** Credentials among the chosen cookies (values replaced when redacted). */
  secrets: SecretMark[];
  redacted: boolean;
  fileName: string;
  mime: string;
}

/** A file-system-safe name for the site: `cookies-example.com.txt`, `curl-localhost.sh`. */
export function exportFileName(format: ExportFormat, pageUrl: URL): string {
  const info = EXPORT_FORMATS[format];
  const site = (registrableDomain(pageUrl.hostname) || pageUrl.hostname || 'site')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '_');
  return `${info.stem}-${site}.${info.extension}`;
}

export function buildExport(r: ExportRequest): ExportModel {
  const cookies = r.targets[r.choice];
  const result = exportCookies(r.format, cookies, {
    url: r.pageUrl.href,
    analysisOf: r.analysisOf,
    redactSecrets: r.redact,
  });
  return {
    cookies,
    text: result.text,
    notes: result.notes,
    secrets: result.secrets,
    redacted: result.redacted,
    fileName: exportFileName(r.format, r.pageUrl),
    mime: EXPORT_FORMATS[r.format].mime,
  };
}
