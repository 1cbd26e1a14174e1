/**
 * THE import/export format registry: one entry per format, each in its own file (json.ts, netscape.ts, ...). The
 * exporters (export.ts), the importers (parse-file.ts), the panel's Export and Import dialogs and the CLI's
 * --to/--from choices and usage text all derive from `FORMATS`. Adding a format: one file + one line below (an
 * import format also teaches detect.ts how to recognise it).
 */
import { curlFormat } from './curl.ts';
import { headerFormat } from './header.ts';
import { jsonFormat } from './json.ts';
import { netscapeFormat } from './netscape.ts';
import { setCookieFormat } from './set-cookie.ts';
import type { CookieFormat } from './types.ts';

/** In the order the dialogs and the CLI list them. */
export const FORMATS = {
  json: jsonFormat,
  netscape: netscapeFormat,
  header: headerFormat,
  'set-cookie': setCookieFormat,
  curl: curlFormat,
} as const;

type Formats = typeof FORMATS;
export type FormatId = keyof Formats;
/** The formats cookies can be read from. */
export type ImportFormat = { [K in FormatId]: Formats[K] extends { importer: object } ? K : never }[FormatId];
/** The formats cookies can be written to. */
export type ExportFormat = { [K in FormatId]: Formats[K] extends { exporter: object } ? K : never }[FormatId];

export type Importable = CookieFormat & { importer: NonNullable<CookieFormat['importer']> };
export type Exportable = CookieFormat & { exporter: NonNullable<CookieFormat['exporter']> };

const ALL = Object.entries(FORMATS) as [FormatId, CookieFormat][];

export const IMPORT_FORMATS: readonly ImportFormat[] = ALL.filter(([, f]) => f.importer !== undefined).map(
  ([id]) => id as ImportFormat,
);
export const EXPORT_FORMATS: readonly ExportFormat[] = ALL.filter(([, f]) => f.exporter !== undefined).map(
  ([id]) => id as ExportFormat,
);

export function importerOf(id: ImportFormat): Importable {
  return FORMATS[id] as Importable;
}

export function exporterOf(id: ExportFormat): Exportable {
  return FORMATS[id] as Exportable;
}

/** "json, netscape, header or curl": a list of format ids for usage text and error messages. */
export function formatList(ids: readonly string[], last = 'or'): string {
  return ids.length < 2 ? ids.join('') : `${ids.slice(0, -1).join(', ')} ${last} ${ids[ids.length - 1]}`;
}
