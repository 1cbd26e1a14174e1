/**
 * Which table cells must clip their content. A cell clips (`overflow: hidden`, an ellipsis at the end) only when its
 * text does not fit its column; a cell whose text fits is drawn unclipped (`.cell.fits`, styles.css). Every clip is a
 * paint property of its own in Blink, and with one per cell (about 570 on a screen of rows) every frame that adds,
 * removes or moves a row cost the browser more style, pre-paint, paint and layerization. Measured at 4× CPU
 * throttling in a DevTools-width panel, where about 520 of 570 cells fit: inserting one row 15-16.5 ms against
 * 19-20, moving the rows down by one 12.5-13 ms against 18, and in the benchmark's burst of live changes, 19 of 48
 * bursts had a task over 50 ms against 29 of 48 (the README's performance section).
 *
 * The width is the browser's own: canvas `measureText` with the cells' font, which shapes the text with the same
 * fonts and fallbacks as the cell does. Text that may not draw as measured (control, format and bidi characters) is
 * clipped, as is everything where there is nothing to measure with (a test's DOM).
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
/**
 * No printable ASCII glyph is wider than about 1 em in UI fonts (W, M and @ are the widest): a text that fits at 1.1 em
 * a character fits without being measured (a path of "/", a size, "Lax").
 */
const ASCII_MAX_EM = 1.1;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Characters that may draw otherwise than measured, or reorder the text around them. */
const UNTRUSTED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Measured widths kept (a burst brings new values every frame); the cache starts over past this. */
const CACHE_LIMIT = 4096;

/** Does `text` at `fontPx` fit in `room` CSS px? False unless that is certain. */
export type FitsText = (text: string, fontPx: number, room: number) => boolean;

export function textFitter(measure: MeasureText | null): FitsText {
  const widths = new Map<string, number>();
  return (text, fontPx, room) => {
    if (text === '') return true;
    const limit = room - SAFETY_PX;
    if (PRINTABLE_ASCII.test(text) && text.length * fontPx * ASCII_MAX_EM <= limit) return true;
    if (measure === null || UNTRUSTED.test(text)) return false;
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

/** The panel's one fitter: widths measured once per text and size. */
export const fitsInCell: FitsText = textFitter(canvasMeasure());
