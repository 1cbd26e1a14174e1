/**
 * Evidence beats names: a catalogue row names its vendor only when the cookie's domain, the value's shape, the
 * framework's format or a sibling cookie of the same vendor corroborates it; alone on an unrelated site, a generic
 * name is judged by its value and the vendor is only mentioned as a possibility.
 */
import { describe, expect, it } from 'vitest';

import { analyzeCookies } from '../../../src/core/analyze-jar.ts';
import { explainCookie } from '../../../src/core/classify/explain.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { cookie, NOW_MS } from './helpers.ts';

const APP = 'https://learner-app.example/';

/** Analyse a jar and return the first cookie's analysis. */
function first(jar: Cookie[], page = APP) {
  const [a] = analyzeCookies(jar, page, NOW_MS);
  if (!a) throw new Error('empty jar');
  return a.analysis;
}

const appCookie = (name: string, value: string, extra: Partial<Cookie> = {}) =>
  cookie(name, value, { domain: 'learner-app.example', httpOnly: false, ...extra });
/** The learner's own cart: URL-encoded JSON, as `encodeURIComponent(JSON.stringify(cart))` writes it. */
const OWN_CART = encodeURIComponent(JSON.stringify({ items: [{ sku: 'poll-mug', qty: 2 }], total: 18.5 }));
const SHOPIFY_TOKEN = 'c1-7a2abe82733a34e84aa472d57fb5c3c1?key=824bdj25mhg1242bdb385';

describe('a generic name alone on an unrelated site', () => {
  it("the learner's own JSON cart is client data in the browser; Shopify is only a possibility", () => {
    const a = first([appCookie('cart', OWN_CART)]);
    const c = a.classification;
    expect(c).toMatchObject({ class: 'client-data', readability: 'readable', isAuth: false });
    expect(c.known).toBeUndefined();
    expect(c.evidence[0]).toMatch(/^the value is JSON \{"items"/);
    expect(c.evidence.at(-1)).toMatch(
      /^the name 'cart' is also used by Shopify \(Cart token\), but nothing else points to Shopify/,
    );
    const e = explainCookie('cart', a);
    expect(e.dataLives).toBe('browser');
    expect(e.lesson).toMatch(/carries the data itself/);
  });

  it.each([
    ['localization', 'US'],
    ['keep_alive', '0b4b1b5c-79f5-4b0b-9a5d-1d5a1f0c2e11'],
    ['cart_currency', 'USD'],
  ])('%s=%s is not attributed to Shopify', (name, value) => {
    const c = first([appCookie(name, value)]).classification;
    expect(c.known).toBeUndefined();
    expect(c.evidence.join(' ')).toMatch(new RegExp(`the name '${name}' is also used by Shopify`));
    expect(c.class).not.toBe('infrastructure');
  });

  it("a guarded name (DoubleClick's IDE) on an unrelated site is not DoubleClick's", () => {
    const c = first([appCookie('IDE', 'AHWqTUm1'.repeat(8))]).classification;
    expect(c.known?.vendor).not.toBe('Google DoubleClick');
  });
});

describe('the same names, corroborated', () => {
  it('on a Shopify domain', () => {
    const c = first(
      [cookie('cart', 'e5b2a8c0f1d94e3b8a7c6d5e4f3a2b1c', { domain: 'mugs.myshopify.com' })],
      'https://mugs.myshopify.com/',
    ).classification;
    expect(c.known?.vendor).toBe('Shopify');
    expect(c.class).toBe('session-id');
    expect(c.evidence[1]).toBe('it is set for mugs.myshopify.com, a Shopify domain (myshopify.com)');
  });

  it("with Shopify's cart-token shape", () => {
    const c = first([appCookie('cart', encodeURIComponent(SHOPIFY_TOKEN))]).classification;
    expect(c).toMatchObject({ class: 'session-id', readability: 'opaque', known: { vendor: 'Shopify' } });
    expect(c.evidence[1]).toBe("the value has the shape Shopify documents for 'cart'");
  });

  it('with a sibling cookie only Shopify sets', () => {
    const jar = [
      appCookie('keep_alive', '0b4b1b5c-79f5-4b0b-9a5d-1d5a1f0c2e11'),
      appCookie('_shopify_y', '9f2c1f3e-6b5a-4d3c-8e1f-2a3b4c5d6e7f'),
    ];
    const c = first(jar).classification;
    expect(c).toMatchObject({ class: 'infrastructure', known: { vendor: 'Shopify' } });
    expect(c.evidence[1]).toBe("'_shopify_y', a cookie only Shopify sets, is in the same jar");
  });

  it('a sibling names the vendor, but a JSON value still is the data, not a key', () => {
    const jar = [appCookie('cart', OWN_CART), appCookie('_shopify_s', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d')];
    const a = first(jar);
    expect(a.classification).toMatchObject({
      class: 'client-data',
      readability: 'readable',
      known: { vendor: 'Shopify' },
    });
    expect(explainCookie('cart', a).dataLives).toBe('browser');
  });

  it("a guarded name on the vendor's own site", () => {
    const c = first(
      [cookie('IDE', 'AHWqTUm1'.repeat(8), { domain: '.doubleclick.net', hostOnly: false })],
      APP,
    ).classification;
    expect(c).toMatchObject({ class: 'tracking', known: { vendor: 'Google DoubleClick' } });
  });

  it("a framework's generic name is its framework's when the value has the framework's format", () => {
    const csrf = first([appCookie('csrftoken', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z')]).classification;
    expect(csrf).toMatchObject({ class: 'csrf', framework: 'django', known: { vendor: 'Django' } });
    expect(csrf.evidence[1]).toBe("the value has Django's own format, so the name 'csrftoken' is Django's here");
    const notDjango = first([appCookie('messages', encodeURIComponent('["hello","world"]'))]).classification;
    expect(notDjango.known).toBeUndefined();
    expect(notDjango.class).toBe('client-data');
  });
});
