import { describe, expect, test } from 'vitest';

import { short, whatHappened } from '../../../src/panel/components/TimelineView.tsx';
import { createTimelineStore, type PanelTimelineEntry } from '../../../src/panel/store/timeline.ts';
import { cookie } from '../../fixtures/cookies.ts';

const change = (name: string, domain: string) => ({
  removed: false,
  cookie: cookie({ name, domain }),
  cause: 'explicit' as const,
});

describe('panel timeline store', () => {
  /** Runs the store's frame work at once, as if every change arrived just before a frame. */
  const now = (flush: () => void) => flush();

  test("changes to the page's sites are recorded in the next frame; others wait for a navigation that makes them relevant", () => {
    const t = createTimelineStore(undefined, now);
    let sites = new Set(['old.test']);
    const relevant = (c: { cookie: { domain: string } }) => sites.has(c.cookie.domain);
    t.receive([change('a', 'old.test'), change('sessionid', 'new.test'), change('ad', 'tracker.test')], relevant, 1000);
    expect(t.entries.value.map((e) => e.name)).toEqual(['a']);
    sites = new Set(['new.test']); // the page navigated to new.test
    t.releaseHeld(relevant, 2000);
    expect(t.entries.value.map((e) => [e.name, e.at])).toEqual([
      ['a', 1000],
      ['sessionid', 1000],
    ]);
    t.releaseHeld(relevant, 2500); // released once: nothing left
    expect(t.entries.value).toHaveLength(2);
  });

  test('held changes expire: a much later navigation does not pull in old ones', () => {
    const t = createTimelineStore(undefined, now);
    t.receive([change('x', 'elsewhere.test')], () => false, 1000);
    t.releaseHeld(() => true, 1000 + 60_000);
    expect(t.entries.value).toEqual([]);
  });

  test('a burst of messages is recorded once per frame, each change at its own time and in arrival order', () => {
    const frames: Array<() => void> = [];
    const t = createTimelineStore(undefined, (flush) => frames.push(flush));
    const copies: unknown[] = [];
    t.entries.subscribe((v) => copies.push(v));
    copies.length = 0;
    t.receive([change('a', 'site.test')], () => true, 1000);
    t.receive([change('b', 'site.test'), change('c', 'site.test')], () => true, 1001);
    expect(frames).toHaveLength(1); // one frame requested for both messages
    expect(t.entries.value).toEqual([]);
    frames.shift()?.();
    expect(t.entries.value.map((e) => [e.name, e.at])).toEqual([
      ['a', 1000],
      ['b', 1001],
      ['c', 1001],
    ]);
    expect(copies).toHaveLength(1); // the timeline was replaced once, not once per message
    t.receive([change('d', 'site.test')], () => true, 1002);
    expect(frames).toHaveLength(1); // the next message asks for the next frame
  });

  test('a navigation records what arrived before it first, then the held changes it makes relevant', () => {
    const frames: Array<() => void> = [];
    const t = createTimelineStore(undefined, (flush) => frames.push(flush));
    t.receive([change('held', 'new.test')], (c) => c.cookie.domain === 'old.test', 1000);
    t.receive([change('old', 'old.test')], (c) => c.cookie.domain === 'old.test', 1001);
    t.releaseHeld((c) => c.cookie.domain === 'new.test', 1500);
    expect(t.entries.value.map((e) => e.name)).toEqual(['old', 'held']);
    frames.shift()?.(); // the frame comes: nothing is recorded twice
    expect(t.entries.value.map((e) => e.name)).toEqual(['old', 'held']);
  });
});

describe('timeline rows: navigations, same-value re-sets, Cookie Lens undo and redo', () => {
  const set = (name: string, value: string, byPanel = false) => ({
    removed: false,
    cookie: cookie({ name, value, domain: 'localhost' }),
    cause: 'explicit' as const,
    byPanel,
  });
  const overwrite = (name: string, old: string, byPanel = false) => ({
    removed: true,
    cookie: cookie({ name, value: old, domain: 'localhost' }),
    cause: 'overwrite' as const,
    byPanel,
  });

  test('navigation marks sit between the changes before and after them, newest first; a repeated report counts once', () => {
    const t = createTimelineStore();
    t.record([set('a', '1')], 1000);
    t.markNavigation('http://localhost/login', 2000);
    t.markNavigation('http://localhost/login', 2100); // DevTools and the background both report it
    t.record([set('sessionid', 'x')], 3000);
    expect(t.rows.value.map((r) => (r.type === 'navigation' ? `nav ${r.mark.url}` : r.entry.name))).toEqual([
      'sessionid',
      'nav http://localhost/login',
      'a',
    ]);
    t.clear();
    expect(t.rows.value).toEqual([]);
  });

  test('a re-set with the same value is told apart from a change', () => {
    const t = createTimelineStore();
    t.record([overwrite('theme', 'dark'), set('theme', 'dark')], 1000);
    t.record([overwrite('theme', 'dark'), set('theme', 'light')], 2000);
    const [changed, same] = t.newestFirst.value;
    expect(whatHappened(same as PanelTimelineEntry)).toBe('Set again by the page or server, same value');
    expect(whatHappened(changed as PanelTimelineEntry)).toBe('Value changed by the page or server');
  });

  test("Cookie Lens's undo labels the writes it causes, and only those, and only while it runs", () => {
    const t = createTimelineStore();
    t.panelAction('Undo: Delete username', 1000);
    t.record([set('username', 'dj4e_user', true), set('other', 'x')], 1100);
    t.panelAction(null, 1200);
    t.record([set('late', 'y', true)], 1200 + 5000);
    const byName = new Map(t.entries.value.map((e) => [e.name, e]));
    expect(byName.get('username')?.action).toBe('Undo: Delete username');
    expect(whatHappened(byName.get('username') as PanelTimelineEntry)).toBe('Created');
    expect(byName.get('other')?.action).toBeUndefined();
    expect(whatHappened(byName.get('other') as PanelTimelineEntry)).toBe('Created by the page or server');
    expect(byName.get('late')?.action).toBeUndefined();
  });

  test('long values that share their start are cut where they differ', () => {
    const base = 'x'.repeat(80);
    expect(short(`${base}AAA`, `${base}BBB`)).toContain('AAA');
    expect(short(`${base}BBB`, `${base}AAA`)).toContain('BBB');
    expect(short('short')).toBe('short');
  });
});
