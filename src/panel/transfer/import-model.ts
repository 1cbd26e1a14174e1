/**
 * The Import dialog's preview: parse the pasted text or file for the inspected site, then plan it against the
 * cookies the panel holds. Nothing is written here; `toWrite` is what "Import N cookies" sends to the background.
 */
import { cookieKey, MAX_EXPIRY_SECONDS } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { type ImportPlan, planImport } from '../../core/formats/import-plan.ts';
import { FORMATS, IMPORT_FORMATS, type ImportFormat } from '../../core/formats/index.ts';
import { decodeInputBytes, MAX_IMPORT_CHARS } from '../../core/formats/input-limits.ts';
import { parseCookieFile } from '../../core/formats/parse-file.ts';
import { describeFormatError } from '../../core/formats/types.ts';
import { draftFromCookie } from '../../core/write/draft.ts';
import { validateCookieEdit } from '../../core/write/validate.ts';

/** How the dialog names each import format, from the format registry. */
export const IMPORT_FORMAT_LABELS = Object.fromEntries(IMPORT_FORMATS.map((f) => [f, FORMATS[f].label])) as Record<
  ImportFormat,
  string
>;

/** The files the dialog offers to open: every import format's extension and media type (and `.cookies`, a name cookies.txt files also go by). */
export const IMPORT_FILE_ACCEPT = [
  ...new Set([
    ...IMPORT_FORMATS.map((f) => `.${FORMATS[f].extension}`),
    '.cookies',
    ...IMPORT_FORMATS.map((f) => FORMATS[f].mime),
  ]),
].join(',');

/** Largest file the dialog reads: the parsers' own text limit (5 MiB). */
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_CHARS;

export interface ImportContextForPanel {
  pageUrl: URL;
  /** The inspected tab's cookie store: every imported cookie goes there. */
  storeId: string;
  /** Every cookie the panel holds, to tell creates from overwrites. */
  existing: readonly Cookie[];
  nowMs: number;
}

export type ImportPreview =
  | { kind: 'empty' }
  | { kind: 'error'; message: string; format?: ImportFormat }
  | { kind: 'plan'; format: ImportFormat; reason: string; notes: string[]; plan: ImportPlan; toWrite: Cookie[] };

/** Null when the file may be read; otherwise why not, in words. */
export function checkImportFile(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_IMPORT_FILE_BYTES) return null;
  const mib = (file.size / (1024 * 1024)).toFixed(1);
  return `"${file.name}" is ${mib} MiB; the limit is 5 MiB. A cookie export is far smaller: choose the right file, or paste the cookies.`;
}

/**
 * A chosen file's text under the reader's one policy (as `cookie-lens` reads files): UTF-8 only, so a UTF-16 or
 * binary file is one clear message instead of a preview of mojibake.
 */
export function decodeImportFile(name: string, bytes: Uint8Array): { text: string } | { error: string } {
  const r = decodeInputBytes(bytes);
  return 'error' in r ? { error: `Could not read "${name}": ${describeFormatError(r.error)}` } : r;
}

/** Shortens a value for the preview (never more than `max` characters). */
export function truncateValue(v: string, max = 60): string {
  const chars = [...v];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : v;
}

export function previewImport(text: string, ctx: ImportContextForPanel): ImportPreview {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseCookieFile(text, { url: ctx.pageUrl.href, storeId: ctx.storeId, now: ctx.nowMs });
  if ('error' in parsed) {
    return {
      kind: 'error',
      message: describeFormatError(parsed.error),
      ...(parsed.format ? { format: parsed.format } : {}),
    };
  }
  const notes = [...parsed.notes];
  // A JSON export from another profile or an incognito window names its own store: import into this tab's store.
  const foreign = parsed.cookies.filter((c) => c.storeId !== ctx.storeId).length;
  if (foreign > 0)
    notes.push(
      `${foreign} cookie(s) named another cookie store; they are imported into this tab's store (${ctx.storeId}).`,
    );
  // Chrome caps expiry at 400 days and the write is checked exactly, so the cap is applied (and said) up front.
  const cap = Math.floor(ctx.nowMs / 1000) + MAX_EXPIRY_SECONDS;
  const capped = parsed.cookies.filter((c) => !c.session && (c.expirationDate ?? 0) > cap).length;
  if (capped > 0)
    notes.push(
      `${capped} cookie(s) expire more than 400 days from now; Chrome keeps a cookie at most 400 days, so they are imported with that expiry.`,
    );
  const cookies = parsed.cookies.map((c) => ({
    ...c,
    storeId: ctx.storeId,
    ...(!c.session && (c.expirationDate ?? 0) > cap ? { expirationDate: cap } : {}),
  }));
  const current = new Map(ctx.existing.map((c) => [cookieKey(c), c]));
  const validate = (c: Cookie): string | null => {
    const original = current.get(cookieKey(c));
    const { errors } = validateCookieEdit(draftFromCookie(c), {
      pageUrl: ctx.pageUrl.href,
      nowMs: ctx.nowMs,
      ...(original ? { original } : {}),
    });
    return errors.length > 0 ? errors.map((e) => e.message).join(' ') : null;
  };
  const plan = planImport(cookies, ctx.existing, validate, { now: ctx.nowMs });
  return {
    kind: 'plan',
    format: parsed.format,
    reason: parsed.reason,
    notes,
    plan,
    toWrite: [...plan.create, ...plan.overwrite.map((o) => o.next)],
  };
}
