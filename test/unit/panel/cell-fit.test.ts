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

  test("printable ASCII is judged by the sum of its characters' advances, measured once per size", () => {
    const measure = vi.fn(fakeFont());
    const fits = textFitter(measure);
    expect(fits('/', 12, 40)).toBe(true);
    expect(fits('Lax', 12, 60)).toBe(true);
    expect(measure).not.toHaveBeenCalled(); // short enough at 1.1 em a character
    // 145.2 px at 1.1 em a character, more than the room: the advances (0.6 em) sum to 79.2 px, which fits.
    expect(fits('burst0.test', 12, 90)).toBe(true);
    expect(fits('burst0.test', 12, 40)).toBe(false);
    expect(fits('another.example', 12, 120)).toBe(true);
    expect(measure).toHaveBeenCalledTimes(95); // each printable character once, no text whole
    expect(fits('burst0.test', 10, 90)).toBe(true);
    expect(measure).toHaveBeenCalledTimes(190); // and once more at another size
  });

  test('a close call is measured whole, so kerning decides it; a text far over its room is not measured', () => {
    // A font whose "AV" pairs kern 2 px tighter than the advances add up to.
    const plain = fakeFont();
    const kerned = vi.fn((text: string, fontPx: number) => plain(text, fontPx) - 2 * (text.split('AV').length - 1));
    const fits = textFitter(kerned);
    // "AVAVAV": advances 43.2 px, kerned 37.2 px. In 42 px (40 to fill): over by the advances, but it fits.
    expect(fits('AVAVAV', 12, 42)).toBe(true);
    expect(kerned).toHaveBeenCalledWith('AVAVAV', 12);
    kerned.mockClear();
    expect(fits('AVAVAV', 12, 32)).toBe(false); // 30 px to fill: over by more than a tenth, however it kerns
    expect(kerned).not.toHaveBeenCalled();
    // And each non-ASCII text is measured whole, once.
    expect(fits('ünïcødé', 12, 100)).toBe(true);
    expect(fits('ünïcødé', 12, 100)).toBe(true);
    expect(kerned.mock.calls.filter(([t]) => t === 'ünïcødé')).toHaveLength(1);
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

  test('a text said to fit never overruns its room, in any font within the bounds the fitter assumes', () => {
    const glyph = fc.double({ min: 0.05, max: 1.1, noNaN: true });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 1 }), fc.double({ min: 0, max: 6, noNaN: true })),
        glyph,
        fc.integer({ min: 8, max: 16 }),
        fc.integer({ min: 0, max: 600 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (text, wide, em, fontPx, room, wider) => {
          // Printable ASCII stays within 1.1 em (the shortcut's assumption); anything else may be of any width.
          const widths = Object.fromEntries(
            Object.entries(wide).map(([ch, w]) => [ch, /^[\x20-\x7e]$/.test(ch) ? Math.min(w, 1.1) : w]),
          );
          // Kerning narrows a text by up to 3 px a pair, and widens it by at most 0.9 px in all.
          const additive = fakeFont(em, widths);
          const measure: MeasureText = (t, px) => {
            let kern = 0;
            for (let i = 1; i < t.length; i++) kern -= ((t.charCodeAt(i - 1) * 31 + t.charCodeAt(i)) % 7) * 0.5;
            return additive(t, px) + kern + (t.length > 1 ? wider : 0);
          };
          // (An empty text has nothing to overrun.)
          if (text !== '' && textFitter(measure)(text, fontPx, room))
            expect(measure(text, fontPx)).toBeLessThanOrEqual(room - 2);
        },
      ),
    );
  });

  test('whole-text widths measured before the cache starts over are not reused for other texts', () => {
    const measure = vi.fn(fakeFont(0.5));
    const fits = textFitter(measure);
    for (let i = 0; i < 5000; i++) fits(`çookie-${i}-${'x'.repeat(20)}`, 12, 100);
    expect(measure).toHaveBeenCalledTimes(5000);
    expect(fits(`çookie-1-${'x'.repeat(20)}`, 12, 1000)).toBe(true);
    expect(fits(`çookie-1-${'x'.repeat(20)}`, 12, 100)).toBe(false);
  });
});
