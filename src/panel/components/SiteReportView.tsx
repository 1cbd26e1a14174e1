import { useState } from 'preact/hooks';

import type { FindingGroup } from '../../core/report/report.ts';
import { usePanelStore } from '../context.ts';
import { FindingItem } from './FindingsSection.tsx';

/** The per-site report: grade, counts, findings grouped by rule, the detected framework's settings, general tips. */
export function SiteReportView() {
  const { analysis, network, engine, inDevTools, copyText } = usePanelStore();
  const report = analysis.report.value;
  const refused = network.refused.value;
  const [copied, setCopied] = useState('');
  const e = engine.value;
  if (!report || !e)
    return (
      <p class="empty" role="status">
        The report appears once the page and the analysis have loaded.
      </p>
    );
  const primary = report.frameworks[0]?.framework;
  return (
    <section class="report" aria-label="Site report" data-testid="report">
      <header class="report-head">
        <div class={`grade grade-${report.grade.charAt(0)}`} data-testid="grade" aria-label={`Grade ${report.grade}`}>
          {report.grade}
        </div>
        <div>
          <h2>
            Cookie report for {report.site} <span class="muted">({report.score}/100)</span>
          </h2>
          <p class="muted">
            {report.cookieCount} cookies · {report.counts.high} high · {report.counts.medium} medium ·{' '}
            {report.counts.low} low · {report.counts.info} info
            {report.mutedCount > 0 && ` · ${report.mutedCount} muted`}
          </p>
          <details>
            <summary>How the grade is scored</summary>
            <p>{e.GRADING.formula}</p>
          </details>
        </div>
        <button
          type="button"
          onClick={async () => setCopied(await copyText(e.reportToMarkdown(report)))}
          title="Copy the whole report as Markdown"
        >
          Copy as Markdown
        </button>
        <span role="status" class="muted">
          {copied}
        </span>
      </header>

      {report.frameworkSettings && (
        <section aria-label="Settings for your framework" data-testid="framework-tips">
          <h3>Settings for {report.frameworkSettings.label}</h3>
          {report.frameworks[0] && <p class="muted">Detected from: {report.frameworks[0].evidence.join('; ')}</p>}
          {report.frameworkSettings.lines.length > 0 ? (
            <div class="fix-code">
              <div class="muted">
                Paste into {report.frameworkSettings.file}: every line changes something on this site (cookies set by
                your own code are fixed where they are set; see each finding).
              </div>
              <pre class="value" data-testid="framework-settings">
                {report.frameworkSettings.lines.join('\n')}
              </pre>
              <button
                type="button"
                onClick={async () => setCopied(await copyText(`${report.frameworkSettings?.lines.join('\n') ?? ''}\n`))}
                title={`Copy the lines for ${report.frameworkSettings.file}`}
              >
                Copy settings
              </button>
            </div>
          ) : (
            <p class="muted">No {report.frameworkSettings.label} setting to change for the findings on this site.</p>
          )}
          {report.frameworkSettings.check && (
            <p class="muted">
              Then check with <code>{report.frameworkSettings.check}</code>
            </p>
          )}
        </section>
      )}

      <section aria-label="Findings by rule">
        <h3>Findings by rule</h3>
        {report.groups.length === 0 ? (
          <p class="muted">No findings: every cookie passed every rule.</p>
        ) : (
          <ul class="findings">
            {report.groups.map((g) => (
              <GroupItem key={g.ruleId} group={g} framework={primary} />
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Cookies the browser refused" data-testid="refused">
        <h3>Cookies the browser refused</h3>
        {!inDevTools ? (
          <p class="muted">Open Cookie Lens inside DevTools to see the Set-Cookie headers of the page's responses.</p>
        ) : refused.length === 0 ? (
          <p class="muted">
            No refused Set-Cookie header in the responses seen since DevTools opened (reload the page to capture them
            all).
          </p>
        ) : (
          <ul class="findings">
            {refused.map((r, i) => (
              <li key={`${r.at}-${i}`} class="finding sev-high" data-testid="refused-cookie" data-name={r.header.name}>
                <div class="finding-head">
                  <span class="finding-title">{r.header.name || '(no name)'}</span>
                  <span class="muted">
                    {r.refusal.effect === 'rejected' ? 'not stored' : 'stored without an attribute'}
                  </span>
                </div>
                <pre class="value">{`Set-Cookie: ${r.header.raw}`}</pre>
                <p class="muted">from {r.header.requestUrl}</p>
                <p>
                  <strong>Why: </strong>
                  {r.refusal.reason}
                </p>
                <p>
                  <strong>Fix: </strong>
                  {r.refusal.fix}
                </p>
                <a href={r.refusal.source.url} target="_blank" rel="noreferrer noopener">
                  {r.refusal.source.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="General tips">
        <h3>General tips</h3>
        <ul>
          {report.generalTips.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}

/** One rule's findings as one item: the group's worst severity, and every cookie it affects. */
function GroupItem({
  group,
  framework,
}: {
  group: FindingGroup;
  framework?: Parameters<typeof FindingItem>[0]['framework'];
}) {
  const [first] = group.findings;
  if (!first) return null;
  const names = [...new Set(group.cookies)];
  const finding = {
    ...first,
    severity: group.severity,
    muted: group.muted,
    detail: names.length ? `Cookies: ${names.join(', ')}` : first.detail,
    fix: { general: first.fix.general, frameworks: group.fixes },
  };
  return <FindingItem finding={finding} framework={framework} cookieMute={false} />;
}
