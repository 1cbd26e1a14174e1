/**
 * The DevTools page keeps the hint of the inspected page (devtools/page-hints.ts): written when DevTools opens, from
 * the tab's frames and store; on a navigation, cleared at once and written again with the new URL (the new page has
 * no frames yet), never with an older answer; absent when a read fails. The reads run against the behavioural fake
 * of the extension APIs.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

import { publishPageHints } from '../../../src/devtools/page-hints.ts';
import { storeIdForTab } from '../../../src/shared/cookies.ts';
import { readPageHint } from '../../../src/shared/page-hint.ts';
import { readTabFrames } from '../../../src/shared/tab-frames.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';
import { extension } from '../../fakes/extension.ts';
import { memoryStorage } from '../../fakes/web-storage.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../fakes/extension.ts')).browserModule());

/** DevTools' navigation event, fired by the test. */
function navigation() {
  let fire: (url: string) => void = () => {};
  return {
    onNavigated: (listener: (url: string) => void) => {
      fire = listener;
    },
    navigate: (url: string) => fire(url),
  };
}

/** A read answered when the test says so. */
function deferred<T>() {
  const answers: ((value: T) => void)[] = [];
  const failures: ((e: Error) => void)[] = [];
  const read = () =>
    new Promise<T>((resolve, reject) => {
      answers.push(resolve);
      failures.push(reject);
    });
  return { read, answers, failures };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => extension.use(new FakeCookieStore()));

describe('page hints from the DevTools page', () => {
  test("reads the tab's frames and cookie store as the panel would, and publishes them at once", async () => {
    extension.frames.set(4, [
      { frameId: 0, url: 'https://shop.example/' },
      { frameId: 3, url: 'https://widget.test/frame' },
    ]);
    const storage = memoryStorage();
    await publishPageHints({
      tabId: 4,
      readFrames: readTabFrames,
      readStore: storeIdForTab,
      onNavigated: () => {},
      storage,
    });
    expect(readPageHint(() => storage, 4)).toEqual({
      tabId: 4,
      pageUrl: 'https://shop.example/',
      urls: ['https://shop.example/', 'https://widget.test/frame'],
      storeId: '0',
    });
  });

  test('a navigation clears the hint at once, then publishes the new URL in the same store', async () => {
    const storage = memoryStorage();
    const nav = navigation();
    const frames = deferred<{ pageUrl: string; urls: string[] }>();
    const store = deferred<string>();
    const first = publishPageHints({
      tabId: 4,
      readFrames: frames.read,
      readStore: store.read,
      onNavigated: nav.onNavigated,
      storage,
    });
    frames.answers[0]?.({ pageUrl: 'https://a.example/', urls: ['https://a.example/', 'https://w.test/'] });
    store.answers[0]?.('0');
    await first;
    expect(readPageHint(() => storage, 4)?.pageUrl).toBe('https://a.example/');

    nav.navigate('https://b.example/next');
    expect(readPageHint(() => storage, 4)).toBeNull(); // the old page's hint is gone before anything answers
    await settle();
    expect(readPageHint(() => storage, 4)).toEqual({
      tabId: 4,
      pageUrl: 'https://b.example/next',
      urls: ['https://b.example/next'],
      storeId: '0',
    });
    expect(frames.answers).toHaveLength(1); // a new page has no frames yet: they are not read again
    expect(store.answers).toHaveLength(1); // nor is the tab's store
  });

  test("an older read that answers last does not replace the newer page's hint", async () => {
    const storage = memoryStorage();
    const nav = navigation();
    const frames = deferred<{ pageUrl: string; urls: string[] }>();
    void publishPageHints({
      tabId: 4,
      readFrames: frames.read,
      readStore: async () => '0',
      onNavigated: nav.onNavigated,
      storage,
    });
    nav.navigate('https://new.example/'); // while the frames of the page DevTools opened on are still being read
    await settle();
    expect(readPageHint(() => storage, 4)?.pageUrl).toBe('https://new.example/');
    frames.answers[0]?.({ pageUrl: 'https://old.example/', urls: [] });
    await settle();
    expect(readPageHint(() => storage, 4)?.pageUrl).toBe('https://new.example/');
  });

  test('a failed read leaves no hint, and a failed store read is asked again at the next navigation', async () => {
    const storage = memoryStorage();
    const nav = navigation();
    const store = deferred<string>();
    await Promise.all([
      publishPageHints({
        tabId: 4,
        readFrames: async () => ({ pageUrl: 'https://a.example/', urls: [] }),
        readStore: store.read,
        onNavigated: nav.onNavigated,
        storage,
      }),
      settle().then(() => store.failures[0]?.(new Error('No tab with id: 4.'))),
    ]);
    expect(readPageHint(() => storage, 4)).toBeNull();
    nav.navigate('https://b.example/');
    await settle();
    store.answers[1]?.('0');
    await settle();
    expect(readPageHint(() => storage, 4)?.pageUrl).toBe('https://b.example/');
  });
});
