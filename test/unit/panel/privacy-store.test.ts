import { describe, expect, test } from 'vitest';

import { createPrivacyStore } from '../../../src/panel/store/privacy.ts';
import { cookie } from '../../fixtures/cookies.ts';

describe('mask values', () => {
  const a = cookie({ name: 'sessionid', value: 'abcdefghijklmnop' });
  const b = cookie({ name: 'theme', value: 'dark' });

  test('off: values shown; on: every value masked until that one cookie is revealed', () => {
    const p = createPrivacyStore();
    expect(p.displayValue(a)).toBe('abcdefghijklmnop');
    p.toggle();
    expect(p.masked.value).toBe(true);
    expect(p.displayValue(a)).toBe('ab••••••op');
    expect(p.displayValue(b)).toBe('••••');
    p.reveal(a);
    expect(p.displayValue(a)).toBe('abcdefghijklmnop');
    expect(p.displayValue(b)).toBe('••••');
    p.hide(a);
    expect(p.isHidden(a)).toBe(true);
  });

  test('turning the mask off and on again forgets what was revealed', () => {
    const p = createPrivacyStore();
    p.setMasked(true);
    p.reveal(b);
    p.toggle();
    p.toggle();
    expect(p.isHidden(b)).toBe(true);
  });
});

test('the editor hides typed values while masked, except for a revealed cookie', () => {
  const p = createPrivacyStore();
  const c = cookie({ name: 'sid' });
  expect(p.editorHidden(c)).toBe(false);
  p.setMasked(true);
  expect(p.editorHidden()).toBe(true);
  expect(p.editorHidden(c)).toBe(true);
  p.reveal(c);
  expect(p.editorHidden(c)).toBe(false);
});
