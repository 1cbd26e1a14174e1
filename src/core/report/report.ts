/** The per-site report: grade, counts, findings grouped by rule, detected framework and its settings, tips. */
import type { AnalyzedCookie } from '../analysis-types.ts';
import { registrableDomain } from '../cookie/cookie.ts';
import { FIX_FRAMEWORKS, REGISTRIES } from '../frameworks/index.ts';
import {
  type Finding,
  type FixFramework,
  type Observable,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../rules/types.ts';
import { type DetectedFramework, detectFrameworks, GENERAL_TIPS } from './frameworks.ts';
import { type Deduction, type Grade, gradeFindings } from './grade.ts';
import { type FrameworkSettings, frameworkSettings } from './settings.ts';

export { gradeFindings, gradeFor, GRADING } from './grade.ts';

export interface FindingGroup {
  ruleId: string;
  title: string;
  /** Worst severity among the group's non-muted findings (or among all when every one is muted). */
  severity: Severity;
  observable: Observable;
  /** Names of the affected cookies, in order, without repeats (empty for page-level findings). */
  cookies: string[];
  findings: Finding[];
  /** True when every finding of the group is muted. */
  muted: boolean;
  /** Per framework, each affected cookie's fix (they differ: a setting for the session cookie, a call for others). */
  fixes: Partial<Record<FixFramework, string>>;
}

export interface SiteReport {
  pageUrl: string;
  site: string;
  cookieCount: number;
  score: number;
  grade: Grade;
  deductions: Deduction[];
  /** Non-muted findings per severity. */
  counts: Record<Severity, number>;
  mutedCount: number;
  groups: FindingGroup[];
  frameworks: DetectedFramework[];
  /** What to paste into the detected framework's settings file, as a set (null when no framework is detected). */
  frameworkSettings: FrameworkSettings | null;
  generalTips: readonly string[];
}

export interface SiteReportInput {
  pageUrl: string;
  cookies: readonly AnalyzedCookie[];
  findings: readonly Finding[];
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w), 'info');
}

/** Cookies of a group whose fixes are spelled out; a rule that hits thousands of cookies shows the first ones. */
const FIXES_SHOWN = 20;

/** The group's fix lines per framework: one cookie's lines as they are, several under a comment naming each. */
function groupFixes(list: readonly Finding[]): FindingGroup['fixes'] {
  const fixes: FindingGroup['fixes'] = {};
  const shown = list.slice(0, FIXES_SHOWN);
  for (const fw of FIX_FRAMEWORKS) {
    const byText = new Map<string, string[]>();
    for (const f of shown) {
      const text = f.fix.frameworks[fw];
      if (text === undefined) continue;
      const names = byText.get(text) ?? [];
      if (f.cookieName !== undefined && !names.includes(f.cookieName)) names.push(f.cookieName);
      byText.set(text, names);
    }
    if (byText.size === 0) continue;
    const { comment } = REGISTRIES[fw];
    const more = list.length - shown.length;
    fixes[fw] = [
      byText.size === 1
        ? [...byText.keys()].join('')
        : [...byText].map(([text, names]) => `${comment} ${names.join(', ') || 'site'}:\n${text}`).join('\n'),
      ...(more > 0 ? [`${comment} … and ${more} more cookie(s): see each cookie's findings`] : []),
    ].join('\n');
  }
  return fixes;
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<string, Finding[]>();
  // Append in place: copying the list on every append made a report quadratic in the number of findings.
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const groups = [...byRule].map(([ruleId, list]): FindingGroup => {
    const active = list.filter((f) => !f.muted);
    const names = list.map((f) => f.cookieName).filter((n): n is string => n !== undefined);
    const first = list[0];
    return {
      ruleId,
      title: first?.title ?? ruleId,
      severity: worst(active.length > 0 ? active : list),
      observable: first?.observable ?? 'store',
      cookies: [...new Set(names)],
      findings: list,
      muted: active.length === 0,
      fixes: groupFixes(list),
    };
  });
  return groups.sort(
    (a, b) =>
      Number(a.muted) - Number(b.muted) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function buildSiteReport(input: SiteReportInput): SiteReport {
  const { score, grade, deductions } = gradeFindings(input.findings);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of input.findings) if (!f.muted) counts[f.severity] += 1;
  const frameworks = detectFrameworks(input.cookies);
  return {
    pageUrl: input.pageUrl,
    site: registrableDomain(new URL(input.pageUrl).hostname),
    cookieCount: input.cookies.length,
    score,
    grade,
    deductions,
    counts,
    mutedCount: input.findings.filter((f) => f.muted).length,
    groups: groupFindings(input.findings),
    frameworks,
    frameworkSettings: frameworks[0] ? frameworkSettings(frameworks[0].framework, input.findings) : null,
    generalTips: GENERAL_TIPS,
  };
}
