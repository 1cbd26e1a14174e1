/**
 * Which table cells must clip their content. A cell clips (`overflow: hidden`, an ellipsis at the end) only when its
 * text does not fit its column; a cell whose text fits is drawn unclipped (`.cell.fits`, styles.css). Every clip is a
 * paint property of its own in Blink, and with one per cell (about 570 on a screen of rows) every frame that adds,
 * removes or moves a row cost the browser more style, pre-paint, paint and layerization. Measured at 4× CPU
 * throttling in a DevTools-width panel, where about 520 of 570 cells fit: inserting one row 15-16.5 ms against
 * 19-20, moving the rows down by one 11-13 ms against 18, and in the benchmark's burst of live changes, 19 of 48
 * bursts had a task over 50 ms against 29 of 48 (the README's performance section).
 *
 * Widths are the browser's own: canvas `measureText` in the cells' font, which shapes text with the same fonts and
 * fallbacks as the cells. Measuring every text whole cost 8-30 µs a call (2-9 ms for 300 texts, a first screen of
 * rows), so printable ASCII is estimated from each character's advance, measured once per size: kerning makes a text at
 * most 0.8 px wider than that sum (20,000 random strings at 10 and 12 px in Chromium; it mostly narrows it), so a text
 * whose sum clears its room by KERNING_PX fits, one far over it does not, and a close call is measured whole. Other
 * text is measured whole, except control, format and bidi characters, which are clipped; so is everything where there
 * is nothing to measure with (a test's DOM).
 */

/** Measures `text` in the cells' font family at `fontPx` (CSS px), in CSS px. */
export type MeasureText = (text: string, fontPx: number) => number;

/** A cell's own room around its content: 4 px of padding each side and a 1 px left border (styles.css `.cell`). */
export const CELL_CHROME_PX = 9;
/** The cells' text size (styles.css `body` font). */
export const CELL_FONT_PX = 12;
/** A class badge's label size (styles.css `.class-badge`). */
export const BADGE_FONT_PX = 10;
/** A class badge's padding (5 px) and border (1 px), each side (styles.css `.class-badge`). */
export const BADGE_CHROME_PX = 12;

/** Left free at a cell's end for rounding between the measurement and layout (subpixel positions, zoom). */
const SAFETY_PX = 2;
/** How much wider than the sum of its characters' advances kerning may make a text (measured: 0.8 px at most). */
const KERNING_PX = 1;
/** A text whose advances sum to more than its room by this share does not fit, however kerning narrows it. */
const CLEARLY_OVER = 1.1;
/**
 * No printable ASCII glyph is wider than about 1 em in UI fonts (W, M and @ are the widest): a text that fits at 1.1 em
 * a character fits without a measurement (a path of "/", a size, "Lax").
 */
const ASCII_MAX_EM = 1.1;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Characters that may draw otherwise than measured, or reorder the text around them. */
const UNTRUSTED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Whole-text widths kept (a burst brings new values every frame); the cache starts over past this. */
const CACHE_LIMIT = 4096;

/** Does `text` at `fontPx` fit in `room` CSS px? False unless that is certain. */
export type FitsText = (text: string, fontPx: number, room: number) => boolean;

export function textFitter(measure: MeasureText | null): FitsText {
  const widths = new Map<string, number>();
  /** Per text size, the advance of each printable ASCII character (0x20-0x7e). */
  const advances = new Map<number, Float64Array>();
  const advanceSum = (text: string, fontPx: number, measured: MeasureText): number => {
    let table = advances.get(fontPx);
    if (table === undefined) {
      table = new Float64Array(95);
      for (let c = 0; c < 95; c++) table[c] = measured(String.fromCharCode(0x20 + c), fontPx);
      advances.set(fontPx, table);
    }
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += table[text.charCodeAt(i) - 0x20] as number;
    return sum;
  };
  return (text, fontPx, room) => {
    if (text === '') return true;
    const limit = room - SAFETY_PX;
    const ascii = PRINTABLE_ASCII.test(text);
    if (ascii && text.length * fontPx * ASCII_MAX_EM <= limit) return true;
    if (measure === null) return false;
    if (ascii) {
      const sum = advanceSum(text, fontPx, measure);
      if (sum + KERNING_PX <= limit) return true;
      if (sum > limit * CLEARLY_OVER) return false;
    } else if (UNTRUSTED.test(text)) return false;
    const key = `${fontPx} ${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (widths.size >= CACHE_LIMIT) widths.clear();
      width = measure(text, fontPx);
      widths.set(key, width);
    }
    return width <= limit;
  };
}

/** The browser's text measurement in the page's font family; null where there is no canvas (a test's DOM). */
export function canvasMeasure(): MeasureText | null {
  if (typeof OffscreenCanvas === 'undefined' || typeof document === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  let family: string | null = null;
  let font = '';
  return (text, fontPx) => {
    // Read at the first measurement, once the stylesheet applies (the cells inherit the body's family).
    family ??= getComputedStyle(document.body).fontFamily;
    const wanted = `${fontPx}px ${family}`;
    if (wanted !== font) context.font = font = wanted;
    return context.measureText(text).width;
  };
}

/** The panel's one fitter: character advances measured once per size, other texts once per text and size. */
export const fitsInCell: FitsText = textFitter(canvasMeasure());
