/**
 * The one analysis of a cookie jar, shared by the panel (src/panel/store/analysis.ts), `cookie-lens classify` and
 * `cookie-lens audit`: the same cookies, page and time give the same classes, findings and grade everywhere.
 *
 * A cookie's analysis depends on more than the cookie: the page (third-party or not), the time (expiry, signed-at
 * timestamps) and the other names in the jar (`session` beside `session.sig`; `_shopify_y` beside `cart`). That is the
 * JarContext. The panel analyses a large jar in time slices, so the steps are exported one by one; `analyzeJar` runs
 * them in one go, and every caller goes through these same functions.
 */
import type { AnalyzedCookie, CookieAnalysis } from './analysis-types.ts';
import { analyzeWith, hostOf, type JarOptions } from './analyze.ts';
import { vendorsNamedIn } from './classify/catalogue/corroborate.ts';
import type { Cookie } from './cookie/model.ts';
import { buildSiteReport, type SiteReport } from './report/report.ts';
import { type MuteList, runRules } from './rules/engine.ts';
import type { Finding } from './rules/types.ts';
import type { ParsedSetCookie } from './set-cookie/parse.ts';

/** What every cookie's analysis in one jar shares. */
export interface JarContext {
  pageUrl: string;
  pageHost: string;
  nowMs: number;
  /** Names of every cookie in the jar. */
  siblingNames: ReadonlySet<string>;
  /** The decode/classify options, one object for the whole jar. */
  options: JarOptions;
}

export interface JarInput {
  pageUrl: string | URL;
  cookies: readonly Cookie[];
  nowMs?: number;
  /** Set-Cookie headers of the page's responses (raw-header rules). */
  setCookieHeaders?: readonly ParsedSetCookie[];
  muted?: MuteList;
}

export interface JarAnalysis {
  pageUrl: string;
  nowMs: number;
  cookies: AnalyzedCookie[];
  findings: Finding[];
  report: SiteReport;
}

export function jarContext(cookies: readonly Cookie[], pageUrl: string | URL, nowMs: number): JarContext {
  const siblingNames = new Set<string>();
  for (const c of cookies) siblingNames.add(c.name);
  return {
    pageUrl: typeof pageUrl === 'string' ? pageUrl : pageUrl.href,
    pageHost: hostOf(pageUrl),
    nowMs,
    siblingNames,
    options: { nowMs, siblingNames },
  };
}

/**
 * What, in the jar, a cookie's analysis may depend on besides the cookie itself: the `.sig` companions and the vendors
 * present under names of their own. A cached analysis is still right while the page and this signature are unchanged.
 */
export function jarSignature(ctx: JarContext): string {
  const parts: string[] = [];
  for (const name of ctx.siblingNames) if (name.endsWith('.sig')) parts.push(name);
  parts.sort();
  return `${ctx.pageUrl}\n${parts.join('\n')}\n${[...vendorsNamedIn(ctx.siblingNames).keys()].sort().join('\n')}`;
}

/** One cookie of the jar. */
export function analyzeInJar(cookie: Cookie, ctx: JarContext): CookieAnalysis {
  return analyzeWith(cookie, ctx.pageHost, ctx.options);
}

export interface JudgeInput {
  pageUrl: string;
  nowMs: number;
  cookies: AnalyzedCookie[];
  setCookieHeaders?: readonly ParsedSetCookie[];
  muted?: MuteList;
}

/** The security findings for the analysed jar. */
export function jarFindings(input: JudgeInput): Finding[] {
  return runRules({
    pageUrl: input.pageUrl,
    cookies: input.cookies,
    setCookieHeaders: [...(input.setCookieHeaders ?? [])],
    nowMs: input.nowMs,
    muted: input.muted,
  });
}

/** The site report (grade, groups, framework tips) for the analysed jar and its findings. */
export function jarReport(
  pageUrl: string,
  cookies: readonly AnalyzedCookie[],
  findings: readonly Finding[],
): SiteReport {
  return buildSiteReport({ pageUrl, cookies, findings });
}

/** Findings and report for cookies already analysed (by analyzeInJar, or a test's stand-in). */
export function judgeJar(input: JarInput, cookies: AnalyzedCookie[]): JarAnalysis {
  const pageUrl = typeof input.pageUrl === 'string' ? input.pageUrl : input.pageUrl.href;
  const nowMs = input.nowMs ?? Date.now();
  const findings = jarFindings({
    pageUrl,
    nowMs,
    cookies,
    setCookieHeaders: input.setCookieHeaders,
    muted: input.muted,
  });
  return { pageUrl, nowMs, cookies, findings, report: jarReport(pageUrl, cookies, findings) };
}

/** Every cookie of the jar analysed in the jar's context (no findings). */
export function analyzeCookies(
  cookies: readonly Cookie[],
  pageUrl: string | URL,
  nowMs = Date.now(),
): AnalyzedCookie[] {
  const ctx = jarContext(cookies, pageUrl, nowMs);
  return cookies.map((cookie) => ({ cookie, analysis: analyzeInJar(cookie, ctx) }));
}

/** The whole analysis of a jar: every cookie, the findings and the report. */
export function analyzeJar(input: JarInput): JarAnalysis {
  const nowMs = input.nowMs ?? Date.now();
  return judgeJar({ ...input, nowMs }, analyzeCookies(input.cookies, input.pageUrl, nowMs));
}

export type JarAnalyzer = (input: JarInput) => JarAnalysis;
