/** The per-site report: grade, counts, findings grouped by rule, detected framework and its settings, tips. */
import type { AnalyzedCookie } from './analysis-types.ts';
import { registrableDomain } from './cookie.ts';
import { detectFrameworks, frameworkTips, GENERAL_TIPS, type DetectedFramework, type FrameworkTip } from './report-frameworks.ts';
import { gradeFindings, type Deduction, type Grade } from './report-grade.ts';
import type { FixTopic } from './rules/framework-fixes.ts';
import { ruleById } from './rules/index.ts';
import { SEVERITIES, severityRank, type Finding, type Observable, type Severity } from './rules/types.ts';

export { GRADING, gradeFindings, gradeFor } from './report-grade.ts';
export { reportToMarkdown } from './report-markdown.ts';

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
  frameworkTips: FrameworkTip[];
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
    };
  });
  return groups.sort(
    (a, b) => Number(a.muted) - Number(b.muted) || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId),
  );
}

function topicsOf(findings: readonly Finding[]): FixTopic[] {
  const topics: FixTopic[] = [];
  for (const f of findings) {
    if (f.muted) continue;
    for (const t of ruleById(f.ruleId)?.fixTopics ?? []) if (!topics.includes(t)) topics.push(t);
  }
  return topics;
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
    frameworkTips: frameworkTips(frameworks, topicsOf(input.findings)),
    generalTips: GENERAL_TIPS,
  };
}
