/**
 * The cookie table's columns, text filter and sort: pure functions of the rows, so they are unit-tested and the
 * components only render.
 */
import { cookieKey, cookieSize, partitionKeyString } from '../core/cookie.ts';
import type { Cookie } from '../core/types.ts';

export type ColumnId =
  | 'name'
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
  text: (c: Cookie) => string;
  compare: (a: Cookie, b: Cookie) => number;
  /** Default width in px; the value column takes the remaining space. */
  width: number;
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

const byText = (f: (c: Cookie) => string) => (a: Cookie, b: Cookie) => f(a).localeCompare(f(b));
const byNumber = (f: (c: Cookie) => number) => (a: Cookie, b: Cookie) => f(a) - f(b);
const check = (v: boolean) => (v ? '✓' : '');
const expiryOrder = (c: Cookie) => (c.session ? Number.POSITIVE_INFINITY : (c.expirationDate ?? 0));

export const COLUMNS: readonly Column[] = [
  { id: 'name', label: 'Name', text: (c) => c.name, compare: byText((c) => c.name), width: 180 },
  { id: 'value', label: 'Value', text: (c) => c.value, compare: byText((c) => c.value), width: 260 },
  { id: 'domain', label: 'Domain', text: (c) => c.domain, compare: byText((c) => c.domain), width: 150 },
  { id: 'path', label: 'Path', text: (c) => c.path, compare: byText((c) => c.path), width: 70 },
  { id: 'expires', label: 'Expires / Max-Age', text: formatExpiry, compare: byNumber(expiryOrder), width: 160 },
  { id: 'size', label: 'Size', text: (c) => String(cookieSize(c)), compare: byNumber(cookieSize), width: 50, align: 'end' },
  { id: 'httpOnly', label: 'HttpOnly', text: (c) => check(c.httpOnly), compare: byNumber((c) => +c.httpOnly), width: 70, align: 'center' },
  { id: 'secure', label: 'Secure', text: (c) => check(c.secure), compare: byNumber((c) => +c.secure), width: 60, align: 'center' },
  { id: 'sameSite', label: 'SameSite', text: (c) => SAMESITE_LABEL[c.sameSite], compare: byText((c) => SAMESITE_LABEL[c.sameSite]), width: 75 },
  {
    id: 'partitionKey',
    label: 'Partition key',
    text: (c) => partitionKeyString(c.partitionKey),
    compare: byText((c) => partitionKeyString(c.partitionKey)),
    width: 150,
  },
];

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
export function sortCookies(cookies: readonly Cookie[], sort: SortState): Cookie[] {
  const cmp = column(sort.column).compare;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...cookies].sort((a, b) => sign * cmp(a, b) || cookieKey(a).localeCompare(cookieKey(b)));
}

export function nextSort(current: SortState, clicked: ColumnId): SortState {
  if (current.column !== clicked) return { column: clicked, direction: 'ascending' };
  return { column: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
