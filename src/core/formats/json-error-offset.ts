/**
 * Where a JSON text stops being valid, so an import error can name the line. V8's JSON.parse messages only
 * sometimes include a position. An iterative scanner (no recursion: hostile nesting cannot overflow the stack).
 */
type Expect = 'value' | 'key' | 'colon' | 'after' | 'end';

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

/** End offset of the string starting at `start` (a `"`), or the offset of the fault as `{ bad }`. */
function scanString(text: string, start: number): number | { bad: number } {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { bad: j };
    if (c === 0x5c) {
      const e = text[j + 1] ?? '';
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { bad: j };
        j += 5;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') j++;
      else return { bad: j };
    }
  }
  return { bad: text.length };
}

/** Offset of the first invalid character, or -1 when the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let i = 0;
  let expect: Expect = 'value';
  let justOpened = false;
  const after = (): Expect => (stack.length > 0 ? 'after' : 'end');
  for (;;) {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
    if (i >= text.length) return expect === 'end' ? -1 : i;
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (expect === 'end') return i;
    if (expect === 'colon') {
      if (ch !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'after') {
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        justOpened = false;
      } else if ((ch === ']' && top === '[') || (ch === '}' && top === '{')) {
        stack.pop();
        i++;
        expect = after();
      } else return i;
      continue;
    }
    if (expect === 'key') {
      if (ch === '}' && justOpened) {
        stack.pop();
        i++;
        justOpened = false;
        expect = after();
        continue;
      }
      if (ch !== '"') return i;
      const end = scanString(text, i);
      if (typeof end !== 'number') return end.bad;
      i = end;
      justOpened = false;
      expect = 'colon';
      continue;
    }
    // expect === 'value'
    if (ch === ']' && justOpened && top === '[') {
      stack.pop();
      i++;
      justOpened = false;
      expect = after();
      continue;
    }
    justOpened = false;
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      justOpened = true;
      expect = ch === '{' ? 'key' : 'value';
      continue;
    }
    if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end.bad;
      i = end;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.exec(text)) return i;
      i = NUMBER.lastIndex;
    }
    expect = after();
  }
}
