import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';

import { type MeasureText, textFitter } from '../../../src/panel/cell-fit.ts';

/** A font where every character is `em` wide except where listed: a measurement to test the decisions against. */
function fakeFont(em = 0.6, wide: Record<string, number> = {}): MeasureText {
  return (text, fontPx) => [...text].reduce((w, ch) => w + (wide[ch] ?? em) * fontPx, 0);
}

describe('which table cells clip their text', () => {
  test('a text fits when its measured width leaves 2 px of its room, not otherwise', () => {
    const measure = vi.fn(fakeFont(0.5)); // 6 px a character at 12 px
    const fits = textFitter(measure);
    // "0123456789" is 60 px: it fits in 62 px (60 + 2 to spare) but not in 61.
    expect(fits('0123456789', 12, 62)).toBe(true);
    expect(fits('0123456789', 12, 61)).toBe(false);
    expect(fits('0123456789', 10, 52)).toBe(true); // 50 px at 10 px
    expect(fits('0123456789', 10, 51)).toBe(false);
    expect(fits('', 12, 0)).toBe(true); // an empty cell has nothing to clip
  });

  test('short printable ASCII fits without a measurement; each other text is measured once per size', () => {
    const measure = vi.fn(fakeFont());
    const fits = textFitter(measure);
    expect(fits('/', 12, 40)).toBe(true);
    expect(fits('Lax', 12, 60)).toBe(true);
    expect(measure).not.toHaveBeenCalled();
    // 145.2 px at 1.1 em a character, more than the room: measured (79.2 px), once.
    expect(fits('burst0.test', 12, 90)).toBe(true);
    expect(fits('burst0.test', 12, 90)).toBe(true);
    expect(fits('burst0.test', 12, 40)).toBe(false);
    expect(measure).toHaveBeenCalledTimes(1);
    expect(fits('burst0.test', 10, 90)).toBe(true); // 66 px at 10 px: a measurement of its own
    expect(measure).toHaveBeenCalledTimes(2);
  });

  test('a glyph wider than its character count suggests is measured, not assumed', () => {
    // U+FDFD is one UTF-16 unit and about 4 em wide in fonts that have it.
    const fits = textFitter(fakeFont(0.6, { '\uFDFD': 4 }));
    expect(fits('\uFDFD', 12, 30)).toBe(false);
    expect(fits('\uFDFD', 12, 60)).toBe(true);
  });

  test('control, format and bidi characters always clip, as does everything with nothing to measure with', () => {
    const fits = textFitter(fakeFont());
    for (const text of ['a\u202Eb', '\u200Bx', 'tab\there', 'line\u2028break', '\u0000', 'x\u2066y'])
      expect(fits(text, 12, 1000), JSON.stringify(text)).toBe(false);
    const blind = textFitter(null);
    expect(blind('/', 12, 40)).toBe(true); // short printable ASCII needs no measurement
    expect(blind('ünïcødé', 12, 1000)).toBe(false);
    expect(blind('a'.repeat(40), 12, 100)).toBe(false);
  });

  test('a text said to fit never overruns its room, in any font that keeps printable ASCII within 1.1 em', () => {
    const glyph = fc.double({ min: 0.05, max: 1.1, noNaN: true });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 1 }), fc.double({ min: 0, max: 6, noNaN: true })),
        glyph,
        fc.integer({ min: 8, max: 16 }),
        fc.integer({ min: 0, max: 600 }),
        (text, wide, em, fontPx, room) => {
          // Printable ASCII stays within 1.1 em (the fast path's assumption); anything else may be of any width.
          const widths = Object.fromEntries(
            Object.entries(wide).map(([ch, w]) => [ch, /^[\x20-\x7e]$/.test(ch) ? Math.min(w, 1.1) : w]),
          );
          const measure = fakeFont(em, widths);
          // (An empty text has nothing to overrun.)
          if (text !== '' && textFitter(measure)(text, fontPx, room))
            expect(measure(text, fontPx)).toBeLessThanOrEqual(room - 2);
        },
      ),
    );
  });

  test('widths measured before the cache starts over are not reused for other texts', () => {
    const measure = vi.fn(fakeFont(0.5));
    const fits = textFitter(measure);
    for (let i = 0; i < 5000; i++) fits(`cookie-${i}-${'x'.repeat(20)}`, 12, 100);
    expect(measure).toHaveBeenCalledTimes(5000);
    expect(fits(`cookie-1-${'x'.repeat(20)}`, 12, 1000)).toBe(true);
    expect(fits(`cookie-1-${'x'.repeat(20)}`, 12, 100)).toBe(false);
  });
});
