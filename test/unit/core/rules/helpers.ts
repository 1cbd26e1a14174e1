/** Builders for rule tests: cookies and CookieAnalysis objects constructed directly (no analyzer needed). */
import { expect } from 'vitest';

import type {
  AnalyzedCookie,
  Classification,
  CookieAnalysis,
  CookieClass,
  DecodedLayer,
  SensitiveHit,
} from '../../../../src/core/analysis-types.ts';
import type { Cookie } from '../../../../src/core/cookie/model.ts';
import { pageContext } from '../../../../src/core/rules/predicates.ts';
import type { Rule, RuleHit, Severity } from '../../../../src/core/rules/types.ts';
import { parseSetCookieHeaders } from '../../../../src/core/set-cookie/parse.ts';

export const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);
export const NOW_S = NOW_MS / 1000;
export const DAY_S = 86_400;

/** A well-configured host-only cookie for https://example.com/; override what a case needs. */
export function cookie(over: Partial<Cookie> = {}): Cookie {
  return {
    name: 'id',
    value: 'v',
    domain: 'example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...over,
  };
}

export interface AnalysisSpec {
  class?: CookieClass;
  isAuth?: boolean;
  layers?: DecodedLayer[];
  sensitive?: SensitiveHit[];
  classification?: Partial<Classification>;
}

export function analysis(spec: AnalysisSpec = {}): CookieAnalysis {
  const cls = spec.class ?? 'unknown';
  return {
    layers: spec.layers ?? [],
    sensitive: spec.sensitive ?? [],
    classification: {
      class: cls,
      readability: 'opaque',
      confidence: 'high',
      isAuth: spec.isAuth ?? (cls === 'session-id' || cls === 'auth-token'),
      evidence: [],
      ...spec.classification,
    },
  };
}

export function analyzed(c: Partial<Cookie> = {}, spec: AnalysisSpec = {}): AnalyzedCookie {
  return { cookie: cookie(c), analysis: analysis(spec) };
}

export const SESSION: AnalysisSpec = { class: 'session-id' };
export const CSRF: AnalysisSpec = { class: 'csrf' };
export const TRACKING: AnalysisSpec = { class: 'tracking' };
export const PREFERENCE: AnalysisSpec = { class: 'preference' };

export function jwtLayer(
  header: Record<string, unknown>,
  payload: Record<string, unknown> | null,
  signature: string,
): DecodedLayer {
  return { kind: 'jwt', label: 'JWT', text: '', data: { header, payload, signature } };
}

export function jsonLayer(data: unknown): DecodedLayer {
  return { kind: 'json', label: 'JSON', text: JSON.stringify(data), data };
}

export interface RunOptions {
  page?: string;
  headers?: string[];
  requestUrl?: string;
}

export function run(rule: Rule, items: AnalyzedCookie[], opts: RunOptions = {}): RuleHit[] {
  const page = opts.page ?? 'https://example.com/';
  return rule.check({
    page: pageContext(page, NOW_MS),
    cookies: items,
    headers: parseSetCookieHeaders(opts.headers ?? [], opts.requestUrl ?? page),
  });
}

/** One table row for a cookie-scope rule: `fires` is the expected severity, or false. */
export interface CookieCase {
  label: string;
  page?: string;
  cookie?: Partial<Cookie>;
  analysis?: AnalysisSpec;
  fires: Severity | false;
}

export function expectCookieCase(rule: Rule, row: CookieCase): void {
  const opts: RunOptions = row.page === undefined ? {} : { page: row.page };
  const hits = run(rule, [analyzed(row.cookie, row.analysis)], opts);
  if (row.fires === false) {
    expect(hits).toEqual([]);
  } else {
    expect(hits).toHaveLength(1);
    expect(hits[0]?.severity ?? rule.severity).toBe(row.fires);
  }
}

/** One table row for a raw-header rule. */
export interface HeaderCase {
  label: string;
  header: string;
  fires: boolean;
}

export function expectHeaderCase(rule: Rule, row: HeaderCase): void {
  const hits = run(rule, [], { headers: [row.header] });
  expect(hits).toHaveLength(row.fires ? 1 : 0);
}

/** A JWT layer decoded from a compact token, the way the analysis would present it. */
export function jwtLayerFromToken(token: string): DecodedLayer {
  const [h = '', p = '', s = ''] = token.split('.');
  const decode = (part: string): Record<string, unknown> => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  return jwtLayer(decode(h), p === '' ? null : decode(p), s);
}
