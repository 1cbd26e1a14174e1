/** Runs the rule registry over analysed cookies (and raw Set-Cookie headers) for one page. */
import type { AnalyzedCookie } from '../analysis-types.ts';
import { cookieKey, topLevelSite } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import { FIX_FRAMEWORKS } from '../frameworks/index.ts';
import type { ParsedSetCookie } from '../set-cookie/parse.ts';
import { toStoredCookie } from '../set-cookie/store.ts';
import { type Advice, adviceFor, adviceLines, type FixPage, type FixTarget, fixTargets } from './advice.ts';
import { RULES } from './index.ts';
import { pageContext } from './predicates.ts';
import {
  type Finding,
  type FixFramework,
  type Rule,
  type RuleContext,
  type RuleFix,
  type RuleHit,
  severityRank,
} from './types.ts';

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

/** The cookie a hit is about: from the jar, or as Chrome would have stored a raw header's cookie. */
function cookieOfHit(hit: RuleHit, pageSite: string, nowMs: number): Cookie | undefined {
  if (hit.cookie) return hit.cookie;
  if (hit.header) return toStoredCookie(hit.header, hit.header.requestUrl, pageSite, nowMs);
  return undefined;
}

/**
 * The rule's general advice plus, per framework, what fixes this hit's cookie (or the site). Computed when first read
 * and kept: a jar of thousands of cookies has thousands of findings, and a view reads the fixes of a few of them, in
 * one or two frameworks (the site report reads one framework's settings of every finding).
 */
class CookieFix implements RuleFix {
  private readonly known = new Map<FixFramework, Advice>();
  private lines?: RuleFix['frameworks'];
  private perFramework?: NonNullable<RuleFix['settings']>;

  constructor(
    readonly general: string,
    private readonly topics: Rule['fixTopics'],
    private readonly target: FixTarget | undefined,
    private readonly page: FixPage,
  ) {}

  private advice(fw: FixFramework): Advice {
    let a = this.known.get(fw);
    if (a === undefined) {
      a = adviceFor(fw, this.topics, this.target, this.page);
      this.known.set(fw, a);
    }
    return a;
  }

  get frameworks(): RuleFix['frameworks'] {
    if (this.lines === undefined) {
      const lines: RuleFix['frameworks'] = {};
      for (const fw of FIX_FRAMEWORKS) {
        const own = adviceLines(fw, this.advice(fw));
        if (own.length > 0) lines[fw] = own.join('\n');
      }
      this.lines = lines;
    }
    return this.lines;
  }

  /** Per framework on first read: the report reads one framework's settings of every finding. */
  get settings(): NonNullable<RuleFix['settings']> {
    if (this.perFramework === undefined) {
      const perFramework: NonNullable<RuleFix['settings']> = {};
      for (const fw of FIX_FRAMEWORKS) {
        Object.defineProperty(perFramework, fw, {
          enumerable: true,
          get: () => {
            const { settings } = this.advice(fw);
            return settings.length > 0 ? settings : undefined;
          },
        });
      }
      this.perFramework = perFramework;
    }
    return this.perFramework;
  }

  toJSON(): RuleFix {
    return { general: this.general, frameworks: this.frameworks };
  }
}

function fixFor(rule: Rule, target: FixTarget | undefined, page: FixPage): RuleFix {
  return rule.fixTopics.length === 0 ? rule.fix : new CookieFix(rule.fix.general, rule.fixTopics, target, page);
}

function toFinding(
  rule: Rule,
  hit: RuleHit,
  cookieKeyValue: string | undefined,
  muted: MuteList | undefined,
  fix: RuleFix,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    title: rule.title,
    why: rule.why,
    attack: rule.attack,
    fix,
    sources: rule.sources,
    observable: rule.observable,
    muted:
      (muted?.rules.includes(rule.id) ?? false) ||
      (cookieKeyValue !== undefined && (muted?.cookies.includes(cookieKeyValue) ?? false)),
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
  const fixPage: FixPage = { https: ctx.page.https, secureContext: !ctx.page.insecureHttp };
  const targetOf = fixTargets(ctx.cookies);
  const found: { rule: Rule; finding: Finding }[] = [];
  for (const rule of input.rules ?? RULES) {
    for (const hit of rule.check(ctx)) {
      const cookie = cookieOfHit(hit, pageSite, nowMs);
      const target = targetOf(cookie, hit.cookieName);
      const fix = fixFor(rule, target, fixPage);
      found.push({ rule, finding: toFinding(rule, hit, cookie ? cookieKey(cookie) : undefined, input.muted, fix) });
    }
  }
  return onePerProblem(found);
}

/**
 * One finding per problem: where several rules report the same missing attribute on the same cookie (CK006 and
 * CK026 on a readable JWT), only the most specific stays (a muted one gives way to one that is not), at the worst
 * severity of them, naming the others.
 */
export function onePerProblem(found: readonly { rule: Rule; finding: Finding }[]): Finding[] {
  const groups = new Map<string, { rule: Rule; finding: Finding }[]>();
  for (const item of found) {
    const { missing } = item.rule;
    if (missing === undefined || item.finding.cookieKey === undefined) continue;
    const key = `${item.finding.cookieKey}\n${missing.attribute}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const ranked = [...list].sort(
      (a, b) =>
        Number(a.finding.muted) - Number(b.finding.muted) ||
        (b.rule.missing?.specificity ?? 0) - (a.rule.missing?.specificity ?? 0),
    );
    const keep = ranked[0];
    if (!keep) continue;
    const others = ranked.slice(1).map((x) => x.finding);
    const severity = [keep.finding, ...others.filter((f) => !f.muted)].reduce(
      (w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w),
      keep.finding.severity,
    );
    const also = `Also reported by ${others.map((f) => f.ruleId).join(', ')}.`;
    replaced.set(keep.finding, {
      ...keep.finding,
      severity,
      detail: keep.finding.detail ? `${keep.finding.detail} ${also}` : also,
    });
    for (const f of others) replaced.set(f, null);
  }
  return found.flatMap(({ finding }) => {
    const r = replaced.get(finding);
    return r === undefined ? [finding] : r === null ? [] : [r];
  });
}
