/**
 * The DevTools page's hint of the inspected page (shared/page-hint.ts): what it writes reads back for the same tab,
 * and anything else in its place (another tab's hint, text that is not a hint, a storage that throws) reads as no
 * hint, never as an error.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  clearPageHint,
  PAGE_HINT_KEY,
  type PageHint,
  readPageHint,
  writePageHint,
} from '../../../src/shared/page-hint.ts';
import { memoryStorage } from '../../fakes/web-storage.ts';

const hint: PageHint = {
  tabId: 7,
  pageUrl: 'https://shop.example/cart',
  urls: ['https://shop.example/cart', 'https://widget.test/frame'],
  storeId: '0',
};

describe('page hint', () => {
  test('what is written reads back for its tab, and for no other', () => {
    const s = memoryStorage();
    writePageHint(s, hint);
    expect(readPageHint(() => s, 7)).toEqual(hint);
    expect(readPageHint(() => s, 8)).toBeNull();
    clearPageHint(s);
    expect(readPageHint(() => s, 7)).toBeNull();
  });

  test('text that is not a hint reads as none', () => {
    const s = memoryStorage();
    const bad = [
      'not json',
      'null',
      '[]',
      '7',
      JSON.stringify({ ...hint, tabId: '7' }),
      JSON.stringify({ ...hint, tabId: 7.5 }),
      JSON.stringify({ ...hint, pageUrl: 1 }),
      JSON.stringify({ ...hint, urls: 'https://shop.example/' }),
      JSON.stringify({ ...hint, urls: [1] }),
      JSON.stringify({ ...hint, storeId: null }),
      JSON.stringify({ ...hint, storeId: 's'.repeat(201) }),
      JSON.stringify({ ...hint, pageUrl: `https://a.example/${'p'.repeat(8192)}` }),
      JSON.stringify({ ...hint, urls: Array.from({ length: 501 }, () => 'https://a.example/') }),
    ];
    for (const text of bad) {
      s.data.set(PAGE_HINT_KEY, text);
      expect(
        readPageHint(() => s, 7),
        text.slice(0, 60),
      ).toBeNull();
    }
  });

  test('any text in its place reads as none or as a well-formed hint for the tab, and never throws', () => {
    const hintLike = fc.record({
      tabId: fc.oneof(fc.integer(), fc.double(), fc.string()),
      pageUrl: fc.oneof(fc.string(), fc.integer()),
      urls: fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.string()),
      storeId: fc.oneof(fc.string(), fc.constant(null)),
    });
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      hintLike.map((h) => JSON.stringify(h)),
    );
    fc.assert(
      fc.property(text, fc.integer(), (t, tabId) => {
        const s = memoryStorage();
        s.data.set(PAGE_HINT_KEY, t);
        const read = readPageHint(() => s, tabId);
        if (read === null) return;
        expect(read.tabId).toBe(tabId);
        expect(typeof read.pageUrl).toBe('string');
        expect(typeof read.storeId).toBe('string');
        expect(read.urls.every((u) => typeof u === 'string')).toBe(true);
      }),
    );
  });

  test('every well-formed hint reads back as written', () => {
    const valid = fc.record({
      tabId: fc.integer({ min: 0 }),
      pageUrl: fc.string({ maxLength: 300 }),
      urls: fc.array(fc.string({ maxLength: 300 }), { maxLength: 20 }),
      storeId: fc.string({ maxLength: 200 }),
    });
    fc.assert(
      fc.property(valid, (h) => {
        const s = memoryStorage();
        writePageHint(s, h);
        expect(readPageHint(() => s, h.tabId)).toEqual(h);
      }),
    );
  });

  test('a storage that throws is no hint: reaching it, reading it, or writing it', () => {
    const blocked = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    expect(readPageHint(blocked, 7)).toBeNull();
    const failing = { ...memoryStorage(), getItem: blocked };
    expect(readPageHint(() => failing, 7)).toBeNull();
    // A refused write clears the old hint rather than leaving another page's in place.
    const full = memoryStorage();
    writePageHint(full, { ...hint, pageUrl: 'https://old.example/' });
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    writePageHint(full, hint);
    expect(readPageHint(() => full, 7)).toBeNull();
  });
});
