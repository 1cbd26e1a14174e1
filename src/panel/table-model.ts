/**
 * The cookie table's columns, text filter and sort: pure functions of the rows, so they are unit-tested and the
 * components only render.
 */
import type { CookieAnalysis, CookieClass } from '../core/analysis-types.ts';
import { bareDomain, cookieSize, partitionKeyString, registrableDomain } from '../core/cookie/cookie.ts';
import type { Cookie } from '../core/cookie/model.ts';
import type { Severity } from '../core/rules/types.ts';

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
  /** What the column sorts by: text (in the collator's order) or a number. */
  sortKey: SortKey;
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
  return Number.isNaN(d.getTime())
    ? String(c.expirationDate)
    : d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z');
}

export type SortKey = { kind: 'text'; of: (row: Row) => string } | { kind: 'number'; of: (row: Row) => number };

/** One collator for every comparison: the same order as localeCompare, without its per-call setup cost. */
const collator = new Intl.Collator();
const byText = (f: (c: Cookie) => string): SortKey => ({ kind: 'text', of: (r) => f(r.cookie) });
const byNumber = (f: (c: Cookie) => number): SortKey => ({ kind: 'number', of: (r) => f(r.cookie) });
const cell = (f: (c: Cookie) => string) => (r: Row) => f(r.cookie);
const classText = (r: Row) => (r.info.analysis ? CLASS_LABEL[r.info.analysis.classification.class] : '');
const siteOf = (c: Cookie) => registrableDomain(bareDomain(c.domain));
const check = (v: boolean) => (v ? '✓' : '');
const expiryOrder = (c: Cookie) => (c.session ? Number.POSITIVE_INFINITY : (c.expirationDate ?? 0));

export const COLUMNS: readonly Column[] = [
  { id: 'name', label: 'Name', text: cell((c) => c.name), sortKey: byText((c) => c.name), width: 100, grow: 1.2 },
  { id: 'class', label: 'Class', text: classText, sortKey: { kind: 'text', of: classText }, width: 88 },
  { id: 'site', label: 'Site', text: cell(siteOf), sortKey: byText(siteOf), width: 90, grow: 0.8 },
  { id: 'value', label: 'Value', text: cell((c) => c.value), sortKey: byText((c) => c.value), width: 100, grow: 2 },
  { id: 'domain', label: 'Domain', text: cell((c) => c.domain), sortKey: byText((c) => c.domain), width: 80, grow: 1 },
  { id: 'path', label: 'Path', text: cell((c) => c.path), sortKey: byText((c) => c.path), width: 44, grow: 0.4 },
  {
    id: 'expires',
    label: 'Expires / Max-Age',
    text: cell(formatExpiry),
    sortKey: byNumber(expiryOrder),
    width: 90,
    grow: 1,
  },
  {
    id: 'size',
    label: 'Size',
    text: cell((c) => String(cookieSize(c))),
    sortKey: byNumber(cookieSize),
    width: 46,
    align: 'end',
  },
  {
    id: 'httpOnly',
    label: 'HttpOnly',
    text: cell((c) => check(c.httpOnly)),
    sortKey: byNumber((c) => +c.httpOnly),
    width: 66,
    align: 'center',
  },
  {
    id: 'secure',
    label: 'Secure',
    text: cell((c) => check(c.secure)),
    sortKey: byNumber((c) => +c.secure),
    width: 56,
    align: 'center',
  },
  {
    id: 'sameSite',
    label: 'SameSite',
    text: cell((c) => SAMESITE_LABEL[c.sameSite]),
    sortKey: byText((c) => SAMESITE_LABEL[c.sameSite]),
    width: 70,
  },
  {
    id: 'partitionKey',
    label: 'Partition key',
    text: cell((c) => partitionKeyString(c.partitionKey)),
    sortKey: byText((c) => partitionKeyString(c.partitionKey)),
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

export type TextFilter =
  | { kind: 'none' }
  | { kind: 'text'; needle: string }
  | { kind: 'regex'; re: RegExp }
  | { kind: 'invalid'; error: string };

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

/**
 * For text: the rank of each distinct text in the collator's order (equal-collating texts share a rank). Collating is
 * the costly comparison; a jar repeats names, sites, domains and paths, so each distinct text is collated once.
 */
function collationRanks(texts: readonly string[]): Map<string, number> {
  // The last ranks still order these texts when they hold every one of them (ranks of a superset keep the order and
  // the ties): a live change re-sorts the same names frame after frame, and collating them again was most of it.
  if (lastRanks !== null && texts.every((t) => lastRanks?.has(t))) return lastRanks;
  const ranks = new Map<string, number>();
  for (const t of texts) ranks.set(t, 0);
  const distinct = [...ranks.keys()].sort(collator.compare);
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    const t = distinct[i] as string;
    if (i > 0 && collator.compare(distinct[i - 1] as string, t) !== 0) rank++;
    ranks.set(t, rank);
  }
  lastRanks = ranks;
  return ranks;
}
let lastRanks: Map<string, number> | null = null;

/** Stable sort by the column, ties broken by identity so the order never jumps between renders. */
export function sortRows(rows: readonly Row[], sort: SortState): Row[] {
  const key = column(sort.column).sortKey;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  let keyed: Array<{ row: Row; k: number }>;
  if (key.kind === 'text') {
    const texts = rows.map(key.of);
    const ranks = collationRanks(texts);
    keyed = rows.map((row, i) => ({ row, k: ranks.get(texts[i] as string) ?? 0 }));
  } else {
    keyed = rows.map((row) => ({ row, k: key.of(row) }));
  }
  keyed.sort((a, b) => sign * compareNumbers(a.k, b.k) || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0));
  return keyed.map((x) => x.row);
}

/** Numbers in order; Infinity (a session cookie's expiry) compares equal to itself (Infinity - Infinity is NaN). */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function nextSort(current: SortState, clicked: ColumnId): SortState {
  if (current.column !== clicked) return { column: clicked, direction: 'ascending' };
  return { column: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * "10 cookies", "4 of 10 cookies", and how many are selected once that is more than the one row being inspected
 * (what Delete, Export's "Selected" and the row menu's copies act on).
 */
export function countText(shown: number, total: number, selected: number): string {
  const rows = shown === total ? `${total} cookie${total === 1 ? '' : 's'}` : `${shown} of ${total} cookies`;
  return selected > 1 ? `${rows}, ${selected} selected` : rows;
}
