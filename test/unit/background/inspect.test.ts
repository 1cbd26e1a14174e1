/** The reads the background makes for Firefox's toolbox panel, over the behavioural fake: answers and refusals as data. */
import { describe, expect, test } from 'vitest';

import { PANEL_PAGE } from '../../../src/shared/protocol.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { A, B, D, E, NOW, sorted } from '../../fixtures/write-cookies.ts';

const other = { ...D, name: 'elsewhere', domain: 'other.test' };

function setup() {
  const bg = fakeBackground({ browser: 'Firefox' });
  bg.fake.now = NOW;
  bg.fake.seed(A, B, D, E, other);
  return bg;
}

describe('reads for the toolbox panel', () => {
  test('cookieStore: the store of the tab; a missing tab id is refused in words', async () => {
    const bg = setup();
    expect(await bg.request('cookieStore', { tabId: 3 })).toEqual({ ok: true, value: '0' });
    expect(await bg.request('cookieStore', { tabId: -1 })).toEqual({ ok: false, error: 'No tab id.' });
    expect(await bg.request('cookieStore', {} as { tabId: number })).toEqual({ ok: false, error: 'No tab id.' });
  });

  test('readCookies: the sites asked for, every partition; null sites read the whole store', async () => {
    const bg = setup();
    const site = await bg.request('readCookies', { storeId: '0', sites: ['example.com'] });
    expect(site.ok && sorted(site.value)).toEqual(sorted([A, B, D, E]));
    const all = await bg.request('readCookies', { storeId: '0', sites: null });
    expect(all.ok && sorted(all.value)).toEqual(sorted([A, B, D, E, other]));
    expect(
      await bg.request('readCookies', { storeId: '0', sites: 'example.com' } as unknown as {
        storeId: string;
        sites: string[];
      }),
    ).toEqual({ ok: false, error: 'Sites must be a list of domains.' });
    expect(await bg.request('readCookies', { sites: null } as unknown as { storeId: string; sites: null })).toEqual({
      ok: false,
      error: 'No cookie store id.',
    });
  });

  test("readCookies: a failing read answers the browser's words, not a throw", async () => {
    const bg = setup();
    bg.fake.failOn('getAll', 1, 'Invalid cookie store id: "9".');
    expect(await bg.request('readCookies', { storeId: '9', sites: null })).toEqual({
      ok: false,
      error: 'Invalid cookie store id: "9".',
    });
  });

  test('frameUrls: the top document and every frame; an unknown tab is an error in words', async () => {
    const bg = setup();
    bg.browser.frames.set(3, [
      { frameId: 5, url: 'https://ads.test/frame' },
      { frameId: 0, url: 'https://app.example.com/' },
    ]);
    expect(await bg.request('frameUrls', { tabId: 3 })).toEqual({
      ok: true,
      value: { pageUrl: 'https://app.example.com/', urls: ['https://ads.test/frame', 'https://app.example.com/'] },
    });
    expect(await bg.request('frameUrls', { tabId: 4 })).toEqual({ ok: false, error: 'No tab with id: 4.' });
  });

  test("hostAccess: asks for the page's host without its port; a bad URL is an error, not a throw", async () => {
    const bg = setup();
    bg.browser.origins.add('http://localhost/*');
    expect(await bg.request('hostAccess', { url: 'http://localhost:8123/page' })).toEqual({ ok: true, value: true });
    expect(await bg.request('hostAccess', { url: 'https://app.example.com/' })).toEqual({ ok: true, value: false });
    const bad = await bg.request('hostAccess', { url: 'not a url' });
    expect(bad.ok).toBe(false);
  });

  test('openAccessPage: opens the panel page for that tab', async () => {
    const bg = setup();
    expect(await bg.request('openAccessPage', { tabId: 3 })).toEqual({ ok: true, value: 101 });
    expect(bg.browser.openedTabs).toEqual([`${PANEL_PAGE}?tabId=3`]);
    expect(await bg.request('openAccessPage', { tabId: 1.5 })).toEqual({ ok: false, error: 'No tab id.' });
  });
});
