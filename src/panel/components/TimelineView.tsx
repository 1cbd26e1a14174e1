import { maskValue } from '../../core/formats/secrets.ts';
import { usePanelStore } from '../context.ts';
import type { PanelTimelineEntry } from '../store/timeline.ts';

/** What happened, in words: a re-set with the same value is not a change, and Cookie Lens's own writes are not the page's. */
export function whatHappened(e: PanelTimelineEntry): string {
  const by = e.byPanel ? '' : ' by the page or server';
  switch (e.kind) {
    case 'created':
      return `Created${by}`;
    case 'changed':
      return e.newValue !== undefined && e.newValue === e.oldValue
        ? `Set again${by}, same value`
        : `Value changed${by}`;
    case 'removed':
      return `Removed${by}`;
    case 'expired':
      return 'Expired';
    case 'evicted':
      return 'Evicted by Chrome (too many cookies for the site)';
  }
}

/** Every change to the site's cookies while DevTools is open, newest first, and the session story it tells. */
export function TimelineView() {
  const { timeline, privacy } = usePanelStore();
  const rows = timeline.rows.value;
  const story = timeline.story.value;
  return (
    <section class="timeline" aria-label="Change timeline" data-testid="timeline">
      <div class="timeline-head">
        <p class="muted">Changes to this page's cookies since the panel opened, newest first.</p>
        <button type="button" onClick={() => timeline.clear()} disabled={rows.length === 0}>
          Clear
        </button>
      </div>
      {story.length > 0 && (
        <section aria-label="Session story" class="story" data-testid="story">
          <h2>Session story</h2>
          <ol>
            {story.map((line) => (
              <li key={`${line.at}-${line.key}-${line.text}`}>
                <time>{clock(line.at)}</time> {line.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      {rows.length === 0 ? (
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
            {rows.map((r, i) => {
              if (r.type === 'navigation') {
                return (
                  <tr key={`nav-${r.mark.at}-${i}`} class="navigation-row" data-testid="timeline-navigation">
                    <td>
                      <time>{clock(r.mark.at)}</time>
                    </td>
                    <td colSpan={4}>
                      <span aria-hidden="true">↪ </span>
                      Navigated to <span class="nav-url">{shortUrl(r.mark.url)}</span>
                    </td>
                  </tr>
                );
              }
              const e = r.entry;
              const same = e.kind === 'changed' && e.newValue !== undefined && e.newValue === e.oldValue;
              return (
                <tr
                  key={`${e.at}-${e.key}-${i}`}
                  data-testid="timeline-row"
                  data-name={e.name}
                  data-kind={same ? 'same-value' : e.kind}
                  class={same ? 'same-value' : undefined}
                >
                  <td>
                    <time>{clock(e.at)}</time>
                  </td>
                  <td title={e.domain}>
                    {e.name} <span class="muted">{e.domain}</span>
                  </td>
                  <td>
                    {whatHappened(e)}
                    {e.byPanel && (
                      <span class="badge panel-badge">
                        {e.action ? `by Cookie Lens: ${e.action}` : 'by Cookie Lens'}
                      </span>
                    )}
                  </td>
                  <td class="value-cell">{privacy.masked.value ? mask(e.oldValue) : short(e.oldValue, e.newValue)}</td>
                  <td class="value-cell">
                    {same ? (
                      <span class="muted">(same)</span>
                    ) : privacy.masked.value ? (
                      mask(e.newValue)
                    ) : (
                      short(e.newValue, e.oldValue)
                    )}
                  </td>
                </tr>
              );
            })}
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

/**
 * A value cut to fit the cell. Beside `other` (the old value of a new one, or the reverse) it is cut so that where
 * they differ shows: two long tokens sharing their first 60 characters must not look identical.
 */
export function short(v: string | undefined, other?: string, max = 60): string {
  if (v === undefined) return '';
  if (v.length <= max) return v;
  let common = 0;
  if (other !== undefined) while (common < v.length && v[common] === other[common]) common++;
  if (common < max - 10) return `${v.slice(0, max)}…`;
  const from = Math.min(common - 10, v.length - max);
  return `…${v.slice(from, from + max)}${from + max < v.length ? '…' : ''}`;
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return url.slice(0, 200);
  }
}
