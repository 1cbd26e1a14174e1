/**
 * Where the i-th cookie of a JSON import starts, and where one of its keys is, so a field error can name the line.
 * One iterative pass over the text (no recursion, linear), run only when there is an error to report.
 * The cookie list is the top-level array, or the array under the top-level object's "cookies" key.
 */
import { lineOf } from './input-limits.ts';

/** 1-based line of cookie `index` (of its `key` when the key is there), or undefined when not found. */
export function jsonCookieLine(text: string, index: number, key?: string): number | undefined {
  const stack: ('[' | '{')[] = [];
  /** Depth of the cookie list's elements (1 for a top-level array, 2 under {"cookies": [...]}), once known. */
  let elementDepth = -1;
  let element = -1;
  let elementStart = -1;
  let lastKey = '';
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === ':') {
      if (c === ',' && stack[stack.length - 1] === '{') expectKey = true;
      continue;
    }
    const depth = stack.length;
    const startsValue = !expectKey && c !== ']' && c !== '}';
    if (startsValue && depth === elementDepth && stack[depth - 1] === '[') {
      element++;
      if (element === index) elementStart = i;
      else if (element > index) break;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = text.slice(i + 1, j);
      if (expectKey) {
        lastKey = s;
        if (element === index && elementStart !== -1 && depth === elementDepth + 1 && s === key) return lineOf(text, i);
      }
      expectKey = false;
      i = j;
      continue;
    }
    if (c === '[' || c === '{') {
      if (
        c === '[' &&
        elementDepth === -1 &&
        (depth === 0 || (depth === 1 && stack[0] === '{' && lastKey === 'cookies'))
      )
        elementDepth = depth + 1;
      stack.push(c);
      expectKey = c === '{';
      continue;
    }
    if (c === ']' || c === '}') {
      stack.pop();
      expectKey = false;
      if (elementDepth !== -1 && stack.length < elementDepth - 1) break;
      continue;
    }
    // a number, true, false or null: skip to its end
    while (i + 1 < text.length && !' \t\n\r,:]}'.includes(text[i + 1] ?? '')) i++;
    expectKey = false;
  }
  return elementStart === -1 ? undefined : lineOf(text, elementStart);
}
