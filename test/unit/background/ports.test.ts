/**
 * The background's fan-out of cookie changes to an open panel, over the fake extension (a real port pair, the
 * behavioural cookie jar's onChanged, webNavigation's onCommitted): a lone change goes at once, a burst is coalesced
 * into few messages, and nothing is lost, duplicated or reordered, navigations included.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { COALESCE_MS } from '../../../src/background/ports.ts';
import { type BackgroundMessage, PANEL_PORT } from '../../../src/shared/protocol.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';
import { extension } from '../../fakes/extension.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../fakes/extension.ts')).browserModule());
await import('../../../src/background/index.ts');

const TAB = 1;
const URL_ = 'https://shop.example/';
let jar: FakeCookieStore;
const open: Array<{ disconnect(): void }> = [];

beforeEach(() => {
  vi.useFakeTimers();
  jar = new FakeCookieStore();
  jar.now = Date.now();
  extension.use(jar);
});

afterEach(async () => {
  for (const port of open.splice(0)) port.disconnect();
  await vi.runAllTimersAsync();
  vi.useRealTimers();
});

/** A panel's port, past its hello: every message the background posts to it, in order. */
async function connectPanel(): Promise<BackgroundMessage[]> {
  const port = extension.browser.runtime.connect({ name: PANEL_PORT });
  open.push(port);
  const got: BackgroundMessage[] = [];
  port.onMessage.addListener((m) => void got.push(m as BackgroundMessage));
  port.postMessage({ type: 'hello', tabId: TAB });
  await vi.advanceTimersByTimeAsync(5);
  expect(got.map((m) => m.type)).toEqual(['ready']);
  got.length = 0;
  return got;
}

const write = (name: string, value: string) =>
  jar.api.set({ url: URL_, name, value, expirationDate: Math.floor(Date.now() / 1000) + 3600 });

/** What the panel was told, flattened: "+name=value" for a set, "-name" for a removal, "nav url" for a navigation. */
function told(messages: readonly BackgroundMessage[]): string[] {
  return messages.flatMap((m) =>
    m.type === 'changes'
      ? m.changes.map((c) => (c.removed ? `-${c.cookie.name}` : `+${c.cookie.name}=${c.cookie.value}`))
      : m.type === 'navigated'
        ? [`nav ${m.url}`]
        : [],
  );
}

describe('cookie changes to a panel', () => {
  test('a lone change is posted at once; the changes that follow within the window go together, in order', async () => {
    const got = await connectPanel();
    await write('first', '1');
    await vi.advanceTimersByTimeAsync(1);
    expect(told(got)).toEqual(['+first=1']); // no added latency for a lone change

    for (let i = 0; i < 40; i++) await write(`c${i}`, String(i));
    await vi.advanceTimersByTimeAsync(1);
    expect(got).toHaveLength(1); // the burst waits for the window's end...
    await vi.advanceTimersByTimeAsync(COALESCE_MS);
    expect(got).toHaveLength(2); // ...then goes as one message
    expect(told(got)).toEqual(['+first=1', ...Array.from({ length: 40 }, (_, i) => `+c${i}=${i}`)]);
  });

  test('a navigation never overtakes the changes made before it, and later changes come after it', async () => {
    const got = await connectPanel();
    await write('a', '1'); // posted at once, opens a window
    await write('b', '2'); // waits in the window
    extension.browser.webNavigation.onCommitted.emit({ tabId: TAB, frameId: 0, url: 'https://shop.example/next' });
    await write('c', '3'); // still in the window: after the navigation
    await vi.advanceTimersByTimeAsync(COALESCE_MS * 3);
    expect(told(got)).toEqual(['+a=1', '+b=2', 'nav https://shop.example/next', '+c=3']);
  });

  test('property: whatever the timing, every change and navigation arrives once, in the order it happened', async () => {
    type Step = { kind: 'write'; name: string; value: string } | { kind: 'nav' } | { kind: 'wait'; ms: number };
    const step = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant('write' as const),
          name: fc.constantFrom('a', 'b', 'c'),
          value: fc.stringMatching(/^[a-z0-9]{1,4}$/),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('nav' as const) }) },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: COALESCE_MS * 2 }) }),
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps: Step[]) => {
        jar = new FakeCookieStore();
        jar.now = Date.now();
        extension.use(jar);
        const got = await connectPanel();
        const expected: string[] = [];
        jar.api.onChanged.addListener((info) =>
          expected.push(info.removed ? `-${info.cookie.name}` : `+${info.cookie.name}=${info.cookie.value}`),
        );
        let navs = 0;
        for (const s of steps) {
          if (s.kind === 'write') await write(s.name, s.value);
          else if (s.kind === 'wait') await vi.advanceTimersByTimeAsync(s.ms);
          else {
            const url = `https://shop.example/p${navs++}`;
            expected.push(`nav ${url}`);
            extension.browser.webNavigation.onCommitted.emit({ tabId: TAB, frameId: 0, url });
          }
        }
        await vi.advanceTimersByTimeAsync(COALESCE_MS * 2);
        expect(told(got)).toEqual(expected);
        // Coalesced: at most a leading and a trailing message per window of time waited, and one per navigation (which
        // posts what is waiting early). One message per change (the old fan-out) breaks this on most bursts.
        const waited = steps.reduce((n, s) => n + (s.kind === 'wait' ? s.ms : 0), 0);
        const changeMessages = got.filter((m) => m.type === 'changes').length;
        expect(changeMessages).toBeLessThanOrEqual(2 * (Math.floor(waited / COALESCE_MS) + 3) + navs);
        for (const port of open.splice(0)) port.disconnect();
        await vi.runAllTimersAsync();
      }),
      {
        numRuns: 60,
        // Found by this property: an overwrite posted by the window's timer, then a navigation right after it.
        examples: [
          [
            [
              { kind: 'write', name: 'a', value: 'a' },
              { kind: 'write', name: 'a', value: 'a' },
              { kind: 'wait', ms: COALESCE_MS },
              { kind: 'nav' },
            ],
          ],
        ],
      },
    );
  });
});
