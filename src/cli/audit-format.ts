/** What `cookie-lens audit` prints: readable text, or the --json shape. */
import type { SiteReport } from '../core/report/report.ts';
import type { Finding, FixFramework } from '../core/rules/types.ts';
import type { RefusedCookie } from './audit-jar.ts';
import { escapeControls } from './terminal.ts';

export interface AuditJson {
  grade: string;
  score: number;
  /** Exactly the settings block of the panel's Site report; null when no framework is detected. */
  frameworkSettings: { framework: string; file: string; lines: string[]; options?: Record<string, unknown> } | null;
  findings: { rule: string; severity: string; cookie: string | null; title: string; fix: string }[];
  refused: { cookie: string; url: string; reason: string; fix: string; effect: string }[];
}

function fixText(f: Finding, framework: FixFramework | undefined): string {
  const lines = framework === undefined ? undefined : f.fix.frameworks[framework];
  return lines === undefined ? f.fix.general : `${f.fix.general}\n${lines}`;
}

export function auditJson(report: SiteReport, refused: readonly RefusedCookie[]): AuditJson {
  const settings = report.frameworkSettings;
  const framework = settings?.framework;
  return {
    grade: report.grade,
    score: report.score,
    frameworkSettings: settings
      ? {
          framework: settings.framework,
          file: settings.file,
          lines: settings.lines,
          ...(settings.options ? { options: settings.options } : {}),
        }
      : null,
    findings: report.groups.flatMap((g) =>
      g.findings
        .filter((f) => !f.muted)
        .map((f) => ({
          rule: f.ruleId,
          severity: f.severity,
          cookie: f.cookieName ?? null,
          title: f.title,
          fix: fixText(f, framework),
        })),
    ),
    refused: refused.map((r) => ({
      cookie: r.cookie,
      url: r.url,
      reason: r.refusal.reason,
      fix: r.refusal.fix,
      effect: r.refusal.effect,
    })),
  };
}

/** Cookie names come from the network: keep them on one line and free of terminal control characters. */
const plain = escapeControls;

export function auditText(report: SiteReport, refused: readonly RefusedCookie[]): string {
  const out: string[] = [];
  const { high, medium, low, info } = report.counts;
  out.push(`Cookie audit of ${plain(report.pageUrl)}: grade ${report.grade} (${report.score}/100)`);
  out.push(
    `${report.cookieCount} cookie(s) stored; findings: ${high} high, ${medium} medium, ${low} low, ${info} info`,
  );
  for (const g of report.groups) {
    if (g.muted) continue;
    out.push(
      '',
      `${g.severity.toUpperCase().padEnd(6)} ${g.ruleId} ${plain(g.title)}${g.cookies.length ? `: ${g.cookies.map(plain).join(', ')}` : ''}`,
    );
    const detail = g.findings.find((f) => f.detail !== undefined)?.detail;
    if (detail !== undefined) out.push(`       ${plain(detail)}`);
    const first = g.findings[0];
    if (first) out.push(`       Fix: ${plain(first.fix.general)}`);
  }
  if (refused.length > 0) out.push('', 'Refused or altered by the browser:');
  for (const r of refused)
    out.push(`  ${plain(r.cookie)} (${plain(r.url)}): ${plain(r.refusal.reason)} Fix: ${plain(r.refusal.fix)}`);
  const tip = report.frameworkSettings;
  if (tip !== null && (tip.lines.length > 0 || tip.check !== undefined)) {
    out.push('', `${tip.label} settings (${tip.file}):`, ...tip.lines.map((l) => `  ${plain(l)}`));
    if (tip.check !== undefined) out.push(`  then run: ${tip.check}`);
  }
  return `${out.join('\n')}\n`;
}
