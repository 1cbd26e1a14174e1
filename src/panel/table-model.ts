/**
 * The cookie table's columns, text filter and sort: pure functions of the rows, so they are unit-tested and the
 * components only render.
 */
import type { CookieAnalysis, CookieClass } from '../core/analysis-types.ts';
import { bareDomain, cookieSize, partitionKeyString, registrableDomain } from '../core/cookie.ts';
import type { Severity } from '../core/rules/types.ts';
import type { Cookie } from '../core/types.ts';

/** What the panel knows about a row beyond the cookie itself. */
export interface RowInfo {
  analysis?: CookieAnalysis;
  /** The worst finding that is not muted (info excluded), if any. */
  worst?: Severity;
  /** Findings that are not muted, informational ones aside: what "only with findings" keeps. */
  findingCount: number;
}

export interface Row {
  key: string;
  cookie: Cookie;
  info: RowInfo;
}

export const CLASS_LABEL: Record<CookieClass, string> = {
  'session-id': 'Session ID',
  'client-data': 'Client data',
  'auth-token': 'Auth token',
  csrf: 'CSRF token',
  tracking: 'Tracking',
  preference: 'Preference',
  infrastructure: 'Infrastructure',
  unknown: 'Unknown',
};

export type ColumnId =
  | 'name'
  | 'class'
  | 'site'
  | 'value'
  | 'domain'
  | 'path'
  | 'expires'
  | 'size'
  | 'httpOnly'
  | 'secure'
  | 'sameSite'
  | 'partitionKey';

export interface Column {
  id: ColumnId;
  label: string;
  /** Text shown in the cell (always rendered as text, never as HTML). */
  text: (row: Row) => string;
  compare: (a: Row, b: Row) => number;
  /** Minimum width in px. */
  width: number;
  /** Share of the spare width (0 = fixed width), so the table fits the panel like DevTools' own. */
  grow?: number;
  align?: 'end' | 'center';
}

const SAMESITE_LABEL: Record<Cookie['sameSite'], string> = {
  no_restriction: 'None',
  lax: 'Lax',
  strict: 'Strict',
  unspecified: '',
};

export function formatExpiry(c: Cookie): string {
  if (c.session || c.expirationDate === undefined) return 'Session';
  const d = new Date(c.expirationDate * 1000);
  return Number.isNaN(d.getTime()) ? String(c.expirationDate) : d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/** One collator for every comparison: the same order as localeCompare, without its per-call setup cost. */
const collator = new Intl.Collator();
const byText = (f: (c: Cookie) => string) => (a: Row, b: Row) => collator.compare(f(a.cookie), f(b.cookie));
const byNumber = (f: (c: Cookie) => number) => (a: Row, b: Row) => f(a.cookie) - f(b.cookie);
const cell = (f: (c: Cookie) => string) => (r: Row) => f(r.cookie);
const classText = (r: Row) => (r.info.analysis ? CLASS_LABEL[r.info.analysis.classification.class] : '');
const siteOf = (c: Cookie) => registrableDomain(bareDomain(c.domain));
const check = (v: boolean) => (v ? '✓' : '');
const expiryOrder = (c: Cookie) => (c.session ? Number.POSITIVE_INFINITY : (c.expirationDate ?? 0));

export const COLUMNS: readonly Column[] = [
  { id: 'name', label: 'Name', text: cell((c) => c.name), compare: byText((c) => c.name), width: 100, grow: 1.2 },
  { id: 'class', label: 'Class', text: classText, compare: (a, b) => collator.compare(classText(a), classText(b)), width: 88 },
  { id: 'site', label: 'Site', text: cell(siteOf), compare: byText(siteOf), width: 90, grow: 0.8 },
  { id: 'value', label: 'Value', text: cell((c) => c.value), compare: byText((c) => c.value), width: 100, grow: 2 },
  { id: 'domain', label: 'Domain', text: cell((c) => c.domain), compare: byText((c) => c.domain), width: 80, grow: 1 },
  { id: 'path', label: 'Path', text: cell((c) => c.path), compare: byText((c) => c.path), width: 44, grow: 0.4 },
  { id: 'expires', label: 'Expires / Max-Age', text: cell(formatExpiry), compare: byNumber(expiryOrder), width: 90, grow: 1 },
  { id: 'size', label: 'Size', text: cell((c) => String(cookieSize(c))), compare: byNumber(cookieSize), width: 46, align: 'end' },
  { id: 'httpOnly', label: 'HttpOnly', text: cell((c) => check(c.httpOnly)), compare: byNumber((c) => +c.httpOnly), width: 66, align: 'center' },
  { id: 'secure', label: 'Secure', text: cell((c) => check(c.secure)), compare: byNumber((c) => +c.secure), width: 56, align: 'center' },
  { id: 'sameSite', label: 'SameSite', text: cell((c) => SAMESITE_LABEL[c.sameSite]), compare: byText((c) => SAMESITE_LABEL[c.sameSite]), width: 70 },
  {
    id: 'partitionKey',
    label: 'Partition key',
    text: cell((c) => partitionKeyString(c.partitionKey)),
    compare: byText((c) => partitionKeyString(c.partitionKey)),
    width: 60,
    grow: 0.8,
  },
];

/** The Site column only helps when the table spans sites ("All sites"). */
export function columnsFor(allSites: boolean): readonly Column[] {
  return allSites ? COLUMNS : COLUMNS.filter((c) => c.id !== 'site');
}

export function column(id: ColumnId): Column {
  const col = COLUMNS.find((c) => c.id === id);
  if (!col) throw new Error(`unknown column ${id}`);
  return col;
}

export type TextFilter = { kind: 'none' } | { kind: 'text'; needle: string } | { kind: 'regex'; re: RegExp } | { kind: 'invalid'; error: string };

/** `/pattern/flags` is a regular expression; anything else is a case-insensitive substring. */
export function parseFilter(input: string): TextFilter {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'none' };
  const m = /^\/(.+)\/([a-z]*)$/s.exec(trimmed);
  if (m) {
    try {
      return { kind: 'regex', re: new RegExp(m[1] ?? '', (m[2] ?? '').replace(/[gy]/g, '')) };
    } catch (e) {
      return { kind: 'invalid', error: `Not a valid regular expression: ${(e as Error).message}` };
    }
  }
  return { kind: 'text', needle: trimmed.toLowerCase() };
}

/** Matches name, value and domain, like DevTools' cookie filter. An invalid regex filters nothing. */
export function matchesFilter(c: Cookie, f: TextFilter): boolean {
  switch (f.kind) {
    case 'none':
    case 'invalid':
      return true;
    case 'text':
      return [c.name, c.value, c.domain].some((s) => s.toLowerCase().includes(f.needle));
    case 'regex':
      return f.re.test(c.name) || f.re.test(c.value) || f.re.test(c.domain);
  }
}

export interface SortState {
  column: ColumnId;
  direction: 'ascending' | 'descending';
}

/** Stable sort by the column, ties broken by identity so the order never jumps between renders. */
export function sortRows(rows: readonly Row[], sort: SortState): Row[] {
  const cmp = column(sort.column).compare;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * cmp(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function nextSort(current: SortState, clicked: ColumnId): SortState {
  if (current.column !== clicked) return { column: clicked, direction: 'ascending' };
  return { column: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
