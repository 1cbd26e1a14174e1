/**
 * The report is about one site: Set-Cookie headers seen before a navigation to another site are not judged against
 * the new page, while the responses that led to the page (its redirects) stay.
 */
import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';

import * as engine from '../../../src/panel/engine.ts';
import { createNetworkStore } from '../../../src/panel/store/network.ts';

function setup(start: string) {
  let page = new URL(start);
  const store = createNetworkStore(() => page, signal(engine));
  return {
    store,
    go(url: string, at: number) {
      page = new URL(url);
      store.navigated(url, at);
    },
    refusedNames: () => store.refused.value.map((r) => r.header.name).sort(),
    headerNames: () => store.headers.value.map((h) => h.name).sort(),
  };
}

const DEMO = 'http://localhost:8000/';
const LAB = 'http://app.lab.localhost:8000/lab/';

describe('site isolation of the Set-Cookie headers', () => {
  test("demo → lab → demo: the demo report judges none of the lab's headers and none of its own from before", () => {
    const t = setup(DEMO);
    t.store.record(DEMO, ['sessionid=a; Path=/; SameSite=Lax', 'bad=1; SameSite=None'], 1000);
    t.go(LAB, 2000);
    t.store.record(
      LAB,
      [
        'sessionid=b; Path=/lab; SameSite=Lax',
        'embed_pref=1; Path=/lab; SameSite=None',
        '__Host-lab=1; Secure; Path=/; Domain=app.lab.localhost',
      ],
      2100,
    );
    expect(t.refusedNames()).toEqual(['__Host-lab', 'embed_pref']);
    t.store.record(DEMO, ['sessionid=c; Path=/; SameSite=Lax'], 3000);
    t.go(DEMO, 3100);
    // The demo's response that led here (recorded just before the navigation event) stays; the lab's do not, and
    // neither do the demo's from its earlier visit (the refused "bad" cookie of that visit).
    expect(t.headerNames()).toEqual(['sessionid']);
    expect(t.store.headers.value[0]?.value).toBe('c');
    expect(t.refusedNames()).toEqual([]);
  });

  test('third-party responses of the current page count; those of the previous page do not', () => {
    const t = setup(DEMO);
    t.go(DEMO, 1000);
    t.store.record('http://127.0.0.1:9000/widget', ['widget_uid=1; SameSite=None'], 1100);
    expect(t.refusedNames()).toEqual(['widget_uid']);
    t.go('http://localhost:8000/shop', 2000);
    expect(t.headerNames()).toEqual([]);
  });

  test('a same-site redirect chain keeps the cookie refused on the way explained', () => {
    const t = setup('http://localhost:8000/login');
    t.go('http://localhost:8000/login', 1000);
    t.store.record('http://localhost:8000/login', ['tok=1; SameSite=None'], 1500);
    t.go('http://localhost:8000/home', 2000);
    expect(t.refusedNames()).toEqual(['tok']);
  });
});
