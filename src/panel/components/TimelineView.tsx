import type { TimelineEntry } from '../../core/timeline.ts';
import { maskValue } from '../../core/formats/secrets.ts';
import { usePrivacy } from '../context.ts';
import type { TimelineStore } from '../store/timeline.ts';

const KIND_LABEL: Record<TimelineEntry['kind'], string> = {
  created: 'Set by the page or server',
  changed: 'Overwritten',
  removed: 'Removed',
  expired: 'Expired',
  evicted: 'Evicted by Chrome',
};

/** Every change to the site's cookies while DevTools is open, newest first, and the session story it tells. */
export function TimelineView({ timeline }: { timeline: TimelineStore }) {
  const privacy = usePrivacy();
  const entries = timeline.newestFirst.value;
  const story = timeline.story.value;
  return (
    <section class="timeline" aria-label="Change timeline" data-testid="timeline">
      <div class="timeline-head">
        <p class="muted">Changes to this page's cookies since the panel opened, newest first.</p>
        <button type="button" onClick={() => timeline.clear()} disabled={entries.length === 0}>
          Clear
        </button>
      </div>
      {story.length > 0 && (
        <section aria-label="Session story" class="story" data-testid="story">
          <h3>Session story</h3>
          <ol>
            {story.map((line) => (
              <li key={`${line.at}-${line.key}-${line.text}`}>
                <time>{clock(line.at)}</time> {line.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      {entries.length === 0 ? (
        <p class="empty" role="status">
          No changes yet. Log in or out on the page, or edit a cookie here, and each change appears with its cause.
        </p>
      ) : (
        <table class="timeline-table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Cookie</th>
              <th scope="col">What happened</th>
              <th scope="col">Old value</th>
              <th scope="col">New value</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${e.key}-${i}`} data-testid="timeline-row" data-name={e.name} data-kind={e.kind}>
                <td>
                  <time>{clock(e.at)}</time>
                </td>
                <td title={e.domain}>
                  {e.name} <span class="muted">{e.domain}</span>
                </td>
                <td>
                  {KIND_LABEL[e.kind]}
                  {e.byPanel && <span class="badge panel-badge">by Cookie Lens</span>}
                </td>
                <td class="value-cell">{privacy.masked.value ? mask(e.oldValue) : short(e.oldValue)}</td>
                <td class="value-cell">{privacy.masked.value ? mask(e.newValue) : short(e.newValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour12: false });
}

function mask(v: string | undefined): string {
  return v === undefined ? '' : maskValue(v);
}

function short(v: string | undefined): string {
  if (v === undefined) return '';
  return v.length > 60 ? `${v.slice(0, 60)}…` : v;
}
