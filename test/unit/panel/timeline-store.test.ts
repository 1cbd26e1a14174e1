import { describe, expect, test } from 'vitest';
import { createTimelineStore } from '../../../src/panel/store/timeline.ts';
import { cookie } from '../../fixtures/cookies.ts';

const change = (name: string, domain: string) => ({ removed: false, cookie: cookie({ name, domain }), cause: 'explicit' as const });

describe('panel timeline store', () => {
  test("changes to the page's sites are recorded at once; others wait for a navigation that makes them relevant", () => {
    const t = createTimelineStore();
    let sites = new Set(['old.test']);
    const relevant = (c: { cookie: { domain: string } }) => sites.has(c.cookie.domain);
    t.receive([change('a', 'old.test'), change('sessionid', 'new.test'), change('ad', 'tracker.test')], relevant, 1000);
    expect(t.entries.value.map((e) => e.name)).toEqual(['a']);
    sites = new Set(['new.test']); // the page navigated to new.test
    t.releaseHeld(relevant, 2000);
    expect(t.entries.value.map((e) => [e.name, e.at])).toEqual([['a', 1000], ['sessionid', 1000]]);
    t.releaseHeld(relevant, 2500); // released once: nothing left
    expect(t.entries.value).toHaveLength(2);
  });

  test('held changes expire: a much later navigation does not pull in old ones', () => {
    const t = createTimelineStore();
    t.receive([change('x', 'elsewhere.test')], () => false, 1000);
    t.releaseHeld(() => true, 1000 + 60_000);
    expect(t.entries.value).toEqual([]);
  });
});
