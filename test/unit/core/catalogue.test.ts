import { describe, expect, it } from 'vitest';

import { analyzeCookie } from '../../../src/core/analyze.ts';
import { CATALOGUE, lookupKnownCookie } from '../../../src/core/classify/catalogue/index.ts';
import { explainCookie } from '../../../src/core/classify/explain.ts';
import { cookie, NOW_MS } from './helpers.ts';

describe('catalogue', () => {
  it.each([
    ['_ga', '.shop.example', 'Google Analytics', 'analytics'],
    ['_ga_XYZ123', '.shop.example', 'Google Analytics', 'analytics'],
    ['_gcl_au', '.shop.example', 'Google Ads', 'advertising'],
    ['IDE', '.doubleclick.net', 'Google DoubleClick', 'advertising'],
    ['NID', '.google.com', 'Google', 'advertising'],
    ['_fbp', '.shop.example', 'Meta (Facebook)', 'advertising'],
    ['_hjSessionUser_12345', '.shop.example', 'Hotjar', 'analytics'],
    ['_clck', '.shop.example', 'Microsoft Clarity', 'analytics'],
    ['_uetvid', '.shop.example', 'Microsoft Advertising (Bing)', 'advertising'],
    ['_ttp', '.shop.example', 'TikTok', 'advertising'],
    ['_pin_unauth', '.shop.example', 'Pinterest', 'advertising'],
    ['_rdt_uuid', '.shop.example', 'Reddit', 'advertising'],
    ['_scid', '.shop.example', 'Snap', 'advertising'],
    ['bcookie', '.linkedin.com', 'LinkedIn', 'advertising'],
    ['guest_id', '.x.com', 'X (Twitter)', 'advertising'],
    ['ajs_anonymous_id', 'shop.example', 'Segment', 'analytics'],
    ['mp_abc_mixpanel', 'shop.example', 'Mixpanel', 'analytics'],
    ['AMP_abc123', 'shop.example', 'Amplitude', 'analytics'],
    ['_pk_id.1.abcd', 'shop.example', 'Matomo', 'analytics'],
    ['__hstc', '.shop.example', 'HubSpot', 'analytics'],
    ['intercom-id-abc', '.shop.example', 'Intercom', 'functional'],
    ['_vwo_uuid_v2', '.shop.example', 'VWO', 'analytics'],
    ['ai_user', 'shop.example', 'Azure Application Insights', 'analytics'],
    ['OptanonConsent', '.shop.example', 'OneTrust', 'consent'],
    ['CookieConsent', 'shop.example', 'Cookiebot', 'consent'],
    ['didomi_token', '.shop.example', 'Didomi', 'consent'],
    ['__qca', '.shop.example', 'Quantcast', 'advertising'],
    ['notice_behavior', '.shop.example', 'TrustArc', 'consent'],
    ['uc_settings', 'shop.example', 'Usercentrics', 'consent'],
    ['euconsent-v2', '.shop.example', 'IAB Europe TCF', 'consent'],
    ['__cf_bm', '.shop.example', 'Cloudflare', 'cdn'],
    ['AWSALB', 'shop.example', 'AWS Elastic Load Balancing', 'infrastructure'],
    ['ak_bmsc', '.shop.example', 'Akamai', 'cdn'],
    ['heroku-session-affinity', 'shop.example', 'Heroku', 'infrastructure'],
    ['__stripe_mid', '.shop.example', 'Stripe', 'infrastructure'],
    ['_shopify_y', '.shop.example', 'Shopify', 'analytics'],
    ['wordpress_logged_in_abc', 'shop.example', 'WordPress', 'framework'],
    ['optimizelyEndUserId', '.shop.example', 'Optimizely', 'analytics'],
    ['AMCV_ABC%40AdobeOrg', '.shop.example', 'Adobe Experience Cloud', 'analytics'],
  ])('%s on %s → %s (%s)', (name, domain, vendor, category) => {
    expect(lookupKnownCookie(name, domain)).toMatchObject({ vendor, category });
  });

  it.each([
    ['IDE', 'shop.example'],
    ['SID', 'shop.example'],
    ['sessionid', 'shop.example'], // only the Django framework row, not Instagram
    ['fr', 'shop.example'],
  ])('collision guard: %s on %s is not a vendor tracker', (name, domain) => {
    const hit = lookupKnownCookie(name, domain);
    expect(hit === null || hit.category === 'framework').toBe(true);
  });

  it('every entry has a vendor, purpose, lifetime and source', () => {
    for (const e of CATALOGUE) {
      expect(e.vendor && e.purpose && e.lifetime && e.source, JSON.stringify(e)).toBeTruthy();
    }
  });
});

describe('explain texts', () => {
  it('session id vs client data lessons use the cookie as the example', () => {
    const db = analyzeCookie(
      cookie('sessionid', 'q8w7e6r5t4y3u2i1o9p8a7s6d5f4g3h2'),
      'https://app.example.com/',
      NOW_MS,
    );
    const e = explainCookie('sessionid', db);
    expect(e.dataLives).toBe('server');
    expect(e.lesson).toMatch(/'sessionid' \(Django session \(database\/cache backend\)\) is only the key/);
    const data = analyzeCookie(
      cookie('prefs', Buffer.from('{"a":1}').toString('base64')),
      'https://app.example.com/',
      NOW_MS,
    );
    expect(explainCookie('prefs', data).dataLives).toBe('browser');
    expect(explainCookie('prefs', data).lesson).toMatch(/carries the data itself/);
  });
});
