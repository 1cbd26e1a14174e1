/**
 * "Mask values" for screen sharing: while on, every cookie value the panel displays is replaced by `maskValue`
 * (first and last two characters of long values, dots for the rest), until the user reveals that one cookie.
 * Display only: filtering, copying, editing and exporting still use the real value.
 */
import { signal } from '@preact/signals';

import { cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { maskValue } from '../../core/formats/secrets.ts';

type Identity = Pick<Cookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey'>;

export type PrivacyStore = ReturnType<typeof createPrivacyStore>;

export function createPrivacyStore() {
  const masked = signal(false);
  /** Identities (cookieKey) the user revealed while masking is on; cleared when masking is turned off or on. */
  const revealed = signal<ReadonlySet<string>>(new Set());

  function setMasked(on: boolean): void {
    masked.value = on;
    revealed.value = new Set();
  }

  function isHidden(c: Identity): boolean {
    return masked.value && !revealed.value.has(cookieKey(c));
  }

  function reveal(c: Identity): void {
    revealed.value = new Set([...revealed.value, cookieKey(c)]);
  }

  function hide(c: Identity): void {
    const next = new Set(revealed.value);
    next.delete(cookieKey(c));
    revealed.value = next;
  }

  /** The editor hides what is typed while masking is on, unless the cookie being edited was revealed. */
  function editorHidden(original?: Identity): boolean {
    return masked.value && (!original || isHidden(original));
  }

  /** The value as the panel may show it now. */
  function displayValue(c: Pick<Cookie, 'value'> & Identity): string {
    return isHidden(c) ? maskValue(c.value) : c.value;
  }

  return {
    masked,
    revealed,
    setMasked,
    toggle: () => setMasked(!masked.value),
    isHidden,
    editorHidden,
    reveal,
    hide,
    displayValue,
  };
}
