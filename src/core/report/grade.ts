/**
 * The site grade, in the spirit of the MDN HTTP Observatory cookie test (docs/rules.md §8): start at 100,
 * deduct for the worst problems, worst-wins per problem (each rule counts once, at its worst severity, however
 * many cookies it hits), then map the score to a letter with the Observatory's grade chart.
 * Exported as data so the README and the UI can quote it.
 */
import type { Finding, Severity } from '../rules/types.ts';
import { severityRank } from '../rules/types.ts';

export const GRADING = {
  start: 100,
  /** Points deducted once per rule with at least one non-muted finding, by the worst severity of that rule. */
  deductionPerRule: { high: 30, medium: 15, low: 5, info: 0 } as const satisfies Record<Severity, number>,
  /** Lowest score for each grade, best first (MDN Observatory `src/grader/charts.js` scale). */
  grades: [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [0, 'F'],
  ] as const,
  formula:
    'score = max(0, 100 − Σ deduction[worst severity of the rule] over every rule with a non-muted finding), ' +
    'deduction = high 30, medium 15, low 5, info 0; grade = first of A+ ≥100, A ≥90, A- ≥85, B+ ≥80, B ≥70, ' +
    'B- ≥65, C+ ≥60, C ≥50, C- ≥45, D+ ≥40, D ≥30, D- ≥25, else F',
} as const;

export type Grade = (typeof GRADING.grades)[number][1];

export interface Deduction {
  ruleId: string;
  severity: Severity;
  points: number;
}

export interface GradeResult {
  score: number;
  grade: Grade;
  deductions: Deduction[];
}

export function gradeFor(score: number): Grade {
  for (const [min, grade] of GRADING.grades) if (score >= min) return grade;
  return 'F';
}

export function gradeFindings(findings: readonly Finding[]): GradeResult {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    if (f.muted) continue;
    const seen = worst.get(f.ruleId);
    if (seen === undefined || severityRank(f.severity) < severityRank(seen)) worst.set(f.ruleId, f.severity);
  }
  const deductions: Deduction[] = [...worst]
    .map(([ruleId, severity]) => ({ ruleId, severity, points: GRADING.deductionPerRule[severity] }))
    .filter((d) => d.points > 0);
  const score = Math.max(0, GRADING.start - deductions.reduce((sum, d) => sum + d.points, 0));
  return { score, grade: gradeFor(score), deductions };
}
