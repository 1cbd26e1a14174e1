import { FRAMEWORK_LABELS as FRAMEWORK_LABEL } from '../../core/frameworks/index.ts';
import type { Finding, FixFramework } from '../../core/rules/types.ts';
import { usePanelStore } from '../context.ts';

export { FRAMEWORK_LABEL };

/** One finding: severity, why, what an attacker could do, the fix (with the framework's own setting), sources. */
export function FindingItem({
  finding,
  framework,
  cookieMute = true,
}: {
  finding: Finding;
  framework?: FixFramework;
  cookieMute?: boolean;
}) {
  const { mutes } = usePanelStore();
  const frameworkFix = framework ? finding.fix.frameworks[framework] : undefined;
  const otherFixes = Object.entries(finding.fix.frameworks).filter(([fw]) => fw !== framework) as [
    FixFramework,
    string,
  ][];
  return (
    <li
      class={`finding sev-${finding.severity}${finding.muted ? ' muted-finding' : ''}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-muted={finding.muted}
    >
      <div class="finding-head">
        <span class={`sev-badge sev-${finding.severity}`}>{finding.severity}</span>
        <span class="finding-title">{finding.title}</span>
        <span class="muted">{finding.ruleId}</span>
        {finding.muted && <span class="badge">muted</span>}
      </div>
      {finding.detail && <p class="finding-detail">{finding.detail}</p>}
      <p>
        <strong>Why it matters: </strong>
        {finding.why}
      </p>
      <p>
        <strong>What an attacker could do: </strong>
        {finding.attack}
      </p>
      <p>
        <strong>Fix: </strong>
        {finding.fix.general}
      </p>
      {frameworkFix && (
        <div class="fix-code">
          <div class="muted">{FRAMEWORK_LABEL[framework as FixFramework]}</div>
          <pre class="value">{frameworkFix}</pre>
        </div>
      )}
      {otherFixes.length > 0 && (
        <details>
          <summary>Fix in other frameworks</summary>
          {otherFixes.map(([fw, lines]) => (
            <div key={fw} class="fix-code">
              <div class="muted">{FRAMEWORK_LABEL[fw]}</div>
              <pre class="value">{lines}</pre>
            </div>
          ))}
        </details>
      )}
      <div class="finding-actions">
        <span class="muted">Learn more: </span>
        {finding.sources.map((s) => (
          <a key={s.url} href={s.url} target="_blank" rel="noreferrer noopener">
            {s.label}
          </a>
        ))}
        <button type="button" class="quiet-link" onClick={() => void mutes.toggleRule(finding.ruleId)}>
          {mutes.mutes.value.rules.includes(finding.ruleId)
            ? `Unmute ${finding.ruleId} on this site`
            : `Mute ${finding.ruleId} on this site`}
        </button>
        {cookieMute && finding.cookieKey && (
          <button type="button" class="quiet-link" onClick={() => void mutes.toggleCookie(finding.cookieKey as string)}>
            {mutes.mutes.value.cookies.includes(finding.cookieKey) ? 'Unmute this cookie' : 'Mute this cookie'}
          </button>
        )}
      </div>
    </li>
  );
}

export function FindingsSection({ findings, framework }: { findings: readonly Finding[]; framework?: FixFramework }) {
  return (
    <section aria-label="Security findings" data-testid="findings">
      <h3>Security findings</h3>
      {findings.length === 0 ? (
        <p class="muted">No findings for this cookie.</p>
      ) : (
        <ul class="findings">
          {findings.map((f) => (
            <FindingItem key={`${f.ruleId}-${f.detail ?? ''}`} finding={f} framework={framework} />
          ))}
        </ul>
      )}
    </section>
  );
}
