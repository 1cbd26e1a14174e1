/** Runs the rule registry over analysed cookies (and raw Set-Cookie headers) for one page. */
import type { AnalyzedCookie } from '../analysis-types.ts';
import { cookieKey, topLevelSite } from '../cookie.ts';
import type { ParsedSetCookie } from '../set-cookie-parse.ts';
import { toStoredCookie } from '../set-cookie-store.ts';
import { RULES } from './index.ts';
import { pageContext } from './predicates.ts';
import type { Finding, Rule, RuleContext, RuleHit } from './types.ts';

export interface MuteList {
  /** Rule ids, e.g. "CK011". */
  rules: string[];
  /** cookieKey() values. */
  cookies: string[];
}

export interface RunRulesInput {
  pageUrl: string;
  cookies: AnalyzedCookie[];
  /** Set-Cookie headers of the page's responses, for the raw-header rules. */
  setCookieHeaders?: ParsedSetCookie[];
  nowMs?: number;
  muted?: MuteList;
  /** Defaults to the full registry. */
  rules?: readonly Rule[];
}

function keyOfHit(hit: RuleHit, pageSite: string, nowMs: number): string | undefined {
  if (hit.cookie) return cookieKey(hit.cookie);
  if (hit.header) return cookieKey(toStoredCookie(hit.header, hit.header.requestUrl, pageSite, nowMs));
  return undefined;
}

function toFinding(rule: Rule, hit: RuleHit, cookieKeyValue: string | undefined, muted: MuteList | undefined): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    title: rule.title,
    why: rule.why,
    attack: rule.attack,
    fix: rule.fix,
    sources: rule.sources,
    observable: rule.observable,
    muted: (muted?.rules.includes(rule.id) ?? false) || (cookieKeyValue !== undefined && (muted?.cookies.includes(cookieKeyValue) ?? false)),
  };
  if (cookieKeyValue !== undefined) finding.cookieKey = cookieKeyValue;
  const name = hit.cookie?.name ?? hit.cookieName;
  if (name !== undefined) finding.cookieName = name;
  if (hit.detail !== undefined) finding.detail = hit.detail;
  return finding;
}

/** Every finding in registry order; muted findings are returned with `muted: true`, never dropped. */
export function runRules(input: RunRulesInput): Finding[] {
  const nowMs = input.nowMs ?? Date.now();
  const ctx: RuleContext = {
    page: pageContext(input.pageUrl, nowMs),
    cookies: input.cookies,
    headers: input.setCookieHeaders ?? [],
  };
  const pageSite = topLevelSite(ctx.page.url);
  const findings: Finding[] = [];
  for (const rule of input.rules ?? RULES) {
    for (const hit of rule.check(ctx)) {
      findings.push(toFinding(rule, hit, keyOfHit(hit, pageSite, nowMs), input.muted));
    }
  }
  return findings;
}
