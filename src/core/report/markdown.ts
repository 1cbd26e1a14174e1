/** "Copy the report as Markdown". Cookie names and details are escaped so the Markdown stays inert. */
import type { SiteReport } from './report.ts';

/** Escapes Markdown and HTML syntax and folds line breaks, so untrusted text renders as plain text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it. */
function fenced(lines: readonly string[], lang: string): string[] {
  const longestRun = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((m) => m.length)));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}${lang}`, ...lines, fence];
}

export function reportToMarkdown(report: SiteReport): string {
  const out: string[] = [];
  out.push(`# Cookie report for ${escapeMarkdown(report.site)}`, '');
  out.push(`Page: ${escapeMarkdown(report.pageUrl)}`, '');
  out.push(`**Grade ${report.grade}** (score ${report.score}/100), ${report.cookieCount} cookies.`, '');
  const { high, medium, low, info } = report.counts;
  out.push(
    `Findings: ${high} high, ${medium} medium, ${low} low, ${info} info${report.mutedCount ? `, ${report.mutedCount} muted` : ''}.`,
    '',
  );
  if (report.groups.length > 0) out.push('## Findings', '');
  for (const g of report.groups) {
    const flags = [g.severity, g.observable === 'raw-header' ? 'from Set-Cookie headers' : '', g.muted ? 'muted' : '']
      .filter((x) => x !== '')
      .join(', ');
    out.push(`### ${g.ruleId} ${escapeMarkdown(g.title)} (${flags})`, '');
    if (g.cookies.length > 0) out.push(`Cookies: ${g.cookies.map(escapeMarkdown).join(', ')}`, '');
    const details = g.findings.map((f) => f.detail).filter((d): d is string => d !== undefined);
    for (const d of [...new Set(details)]) out.push(`- ${escapeMarkdown(d)}`);
    if (details.length > 0) out.push('');
    const first = g.findings[0];
    if (first) out.push(`Why: ${escapeMarkdown(first.why)}`, '', `Fix: ${escapeMarkdown(first.fix.general)}`, '');
    const own = report.frameworkSettings ? g.fixes[report.frameworkSettings.framework] : undefined;
    if (own !== undefined) out.push(...fenced(own.split('\n'), ''), '');
  }
  const tip = report.frameworkSettings;
  if (tip !== null && (tip.lines.length > 0 || tip.check !== undefined)) {
    out.push('## Framework settings', '');
    out.push(`### ${escapeMarkdown(tip.label)} (${escapeMarkdown(tip.file)})`, '');
    if (tip.lines.length > 0) out.push(...fenced(tip.lines, ''), '');
    if (tip.check !== undefined) out.push(`Then run: \`${tip.check}\``, '');
  }
  out.push('## General tips', '');
  for (const tip of report.generalTips) out.push(`- ${escapeMarkdown(tip)}`);
  return `${out.join('\n')}\n`;
}
