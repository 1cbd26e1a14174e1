/**
 * Shared shapes of the import/export formats. Every parser returns data, never throws: a malformed file is a
 * `FormatError` that names the line (1-based) or the field at fault.
 */
import type { Cookie } from '../cookie/model.ts';

export interface FormatError {
  message: string;
  /** 1-based line of the input at fault. */
  line?: number;
  /** The field at fault, e.g. `[2].sameSite` for JSON or `expiry` for Netscape. */
  field?: string;
}

export interface ImportContext {
  /**
   * The page the cookies are for (the inspected page, or `--url`). Required to import a `Cookie:` header or
   * `Set-Cookie` lines, which do not carry a domain; ignored by JSON and Netscape, which keep their own domains.
   */
  url?: string;
  /** Store for cookies whose file names none (Netscape, header, Cookie-Editor's `storeId: null`). Default "0". */
  storeId?: string;
  /** Milliseconds since the epoch; Set-Cookie Max-Age and the 400-day cap count from here. Default Date.now(). */
  now?: number;
  /**
   * A Set-Cookie line Chrome would refuse (foreign Domain, Secure from http): an error naming the line (default, for
   * an import), or skipped with a note (`audit`, which reports the refusal itself from the raw header).
   */
  refused?: 'error' | 'skip';
}

export interface ParsedCookies {
  cookies: Cookie[];
  /** What the import changed or could not keep, in plain words (e.g. "SameSite is not in cookies.txt"). */
  notes: string[];
}

export type ParseResult = ParsedCookies | { error: FormatError };

export interface ExportResult {
  text: string;
  /** What the format could not carry or what was left out, in plain words, for the user to read before sharing. */
  notes: string[];
}

/**
 * One import/export format: what the registry (src/core/formats/index.ts) lists for it. The exporters, the importers,
 * the panel's Export and Import dialogs and the CLI's --to/--from choices and usage text all derive from these.
 */
export interface CookieFormat {
  id: string;
  /** How messages name it: "Format: Netscape cookies.txt", "Could not read this Cookie header". */
  label: string;
  /** File extension (no dot) and media type of a saved export (and of a file the Import dialog accepts). */
  extension: string;
  mime: string;
  /** Does it keep each cookie's domain, path and flags? (A Cookie header or curl command keeps names and values only.) */
  carriesAttributes: boolean;
  importer?: {
    read(text: string, ctx: ImportContext): ParseResult;
    /** The input it reads, in the CLI's usage text. */
    describes: string;
    /** It carries no domain: it is read for the page URL (ImportContext.url). */
    needsUrl?: boolean;
  };
  exporter?: {
    /** The Export dialog's option. */
    choice: string;
    /** What the format carries, in plain words (the Export dialog). */
    carries: string;
    /** File name stem before the site: `cookies-localhost.txt`. */
    stem: string;
    /** One line of the CLI's usage text. */
    usage: string;
    /** It needs the page URL (the CLI asks for --url). */
    needsUrl?: boolean;
    write(cookies: readonly Cookie[], options: { url?: string }): ExportResult;
  };
}

export function isFormatError(r: ParseResult): r is { error: FormatError } {
  return 'error' in r;
}

/** "line 3, field expiry: …" — the one-line form used by the CLI and the panel. */
export function describeFormatError(e: FormatError): string {
  const where = [e.line !== undefined ? `line ${e.line}` : '', e.field !== undefined ? `field ${e.field}` : '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${e.message}` : e.message;
}
