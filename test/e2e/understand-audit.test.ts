/**
 * Understanding and security findings in real DevTools: the class of every demo cookie, the explain pane decoding
 * Django's signed session, and on the security lab the expected findings on the expected rows, the refused
 * Set-Cookie headers with their reasons, and a site report that names Django's settings.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { DemoSite } from '../fixtures/demo-site/server.mjs';
import { type DemoSession, openDemoInDevTools, rowNames, rowSelector, waitFor, waitForRows } from './harness.ts';

let site: DemoSite;
let page: Page;
let panel: Frame;

const row = rowSelector;
const text = (selector: string) => panel.$eval(selector, (el) => el.textContent ?? '');
const classOf = (name: string) => text(`${row(name)} [data-col="class"]`);

async function click(selector: string): Promise<void> {
  const el = await waitFor(`element ${selector}`, () => panel.$(selector));
  await el.click();
}

async function showSection(label: string): Promise<void> {
  const tabs = await panel.$$('[role="tab"]');
  for (const t of tabs) if ((await t.evaluate((el) => el.textContent)) === label) await t.click();
}

let demo: DemoSession | undefined;

beforeAll(async () => {
  demo = await openDemoInDevTools();
  ({ site, page, panel } = demo);
});

afterAll(async () => {
  await demo?.close();
});

describe('understand each cookie', () => {
  test('every demo cookie shows its class', async () => {
    const expected: Record<string, string> = {
      sessionid: 'Session ID',
      csrftoken: 'CSRF token',
      username: 'Preference',
      shop_session: 'Client data',
      access_token: 'Auth token',
      _ga: 'Tracking',
      legacy_auth: 'Client data',
      theme: 'Preference',
      widget_uid: 'Tracking',
      '__Host-widget_prefs': 'Preference',
      cart: 'Client data',
    };
    await waitForRows(panel, Object.keys(expected));
    await waitFor('every class badge', async () => {
      for (const [name, cls] of Object.entries(expected)) if ((await classOf(name)) !== cls) return false;
      return true;
    });
  });

  test('the explain pane says where the data lives and decodes the signed session', async () => {
    await click(row('shop_session'));
    await waitFor('the explain pane', () => panel.$('[data-testid="explain"]'));
    expect(await text('[data-testid="explain-class"]')).toBe('Client data');
    expect(await text('[data-testid="explain"]')).toContain('In your browser: the cookie carries the data itself.');
    expect(await text('[data-testid="evidence"]')).toContain('signed by Django');
    const layers = await text('[data-testid="layers"]');
    expect(layers).toContain('zlib');
    expect(layers).toContain('"_auth_user_id":"1"');
    expect(await text('[data-testid="lesson"]')).toContain('carries the data itself');
    expect(layers).toContain('Django signed_cookies');

    // A JWT is one layer: its header and claims, with exp/iat as dates.
    await click(row('access_token'));
    await waitFor(
      'the JWT explanation',
      async () => (await text('[data-testid="explain-class"]').catch(() => '')) === 'Auth token',
    );
    const jwtLayers = await text('[data-testid="layers"]');
    expect(jwtLayers).toContain('JWT');
    expect(jwtLayers).toContain('"sub":"1"');
    expect(jwtLayers).toMatch(/"exp":"\d{4}-\d{2}-\d{2}T/);

    await click(row('sessionid'));
    await waitFor(
      'the session ID explanation',
      async () => (await text('[data-testid="explain-class"]')) === 'Session ID',
    );
    expect(await text('[data-testid="explain"]')).toContain('On the server: the cookie is only a key to it.');
    expect(await text('[data-testid="evidence"]')).toMatch(/32 lowercase letters and digits, about 165 bits/);
  });

  test("a cookie named like a vendor's but holding the app's own JSON is client data in the browser", async () => {
    await click(row('cart'));
    await waitFor(
      'the cart explanation',
      async () => (await text('[data-testid="detail"] .detail-name').catch(() => '')) === 'cart',
    );
    await waitFor(
      'the cart class',
      async () => (await text('[data-testid="explain-class"]').catch(() => '')) === 'Client data',
    );
    const explain = await text('[data-testid="explain"]');
    expect(explain).toContain('In your browser: the cookie carries the data itself.');
    expect(explain).not.toContain('On the server');
    expect(explain).not.toMatch(/Known cookie\s*Shopify/);
    expect(explain).toContain('Readable and unsigned');
    const evidence = await text('[data-testid="evidence"]');
    expect(evidence).toContain('the value is JSON {"items"');
    expect(evidence).toContain("the name 'cart' is also used by Shopify");
    expect(await text('[data-testid="layers"]')).toContain('"sku":"poll-mug"');
    expect(await text('[data-testid="lesson"]')).toContain('carries the data itself');
  });

  test('the filter selects by class', async () => {
    const select = await waitFor('the class filter', () => panel.$('select[aria-label="Class"]'));
    await select.select('tracking');
    await waitFor('only tracking cookies', async () => (await rowNames(panel)).sort().join() === '_ga,widget_uid');
    await select.select('all');
    await waitForRows(panel, ['sessionid', 'username']);
  });
});

describe('security findings on the security lab', () => {
  beforeAll(async () => {
    // DevTools is open, so the lab's responses (and their refused Set-Cookie headers) reach the network log.
    await page.goto(site.labUrl, { waitUntil: 'load' });
    await waitForRows(panel, ['lab_token', 'lab_profile', 'lab_wide']);
  });

  const findingsOf = async (name: string) => {
    await click(row(name));
    await waitFor(`findings of ${name}`, () => panel.$('[data-testid="findings"]'));
    await waitFor(`the detail of ${name}`, async () => (await text('[data-testid="detail"] .detail-name')) === name);
    return panel.$$eval('[data-testid="finding"]', (els) =>
      els.map((e) => `${e.getAttribute('data-rule')}${e.getAttribute('data-muted') === 'true' ? ':muted' : ''}`),
    );
  };

  test('the expected findings appear on the expected rows', async () => {
    await waitFor('severity markers', async () => (await panel.$$('[data-testid="severity"]')).length >= 3);
    expect(
      await panel.$eval(`${row('lab_token')} [data-testid="severity"]`, (el) => el.getAttribute('data-severity')),
    ).toBe('high');
    expect(await findingsOf('lab_token')).toContain('CK025'); // alg: none
    expect(await findingsOf('lab_profile')).toContain('CK022'); // an e-mail address in the browser
    // The site runs Django, but lab_profile is the application's own cookie: the fix is code, not a Django setting.
    const fix = await waitFor('the Django fix of CK022', () =>
      panel.$eval('[data-rule="CK022"] .fix-code', (el) => el.textContent ?? '').catch(() => null),
    );
    expect(fix).toContain('request.session["lab_profile"] = value');
    expect(fix).not.toContain('SESSION_ENGINE');
    expect(await findingsOf('lab_wide')).toContain('CK016'); // loosely scoped
    const sessionRows = await panel.$$(row('sessionid'));
    expect(sessionRows).toHaveLength(2); // duplicate names on different paths
  });

  test('"only with findings" narrows the table, and a muted rule shows as muted, not hidden', async () => {
    const box = await waitFor('the findings toggle', () => panel.$('[data-testid="only-findings"]'));
    const all = (await rowNames(panel)).length;
    await box.click();
    await waitFor('fewer rows', async () => (await rowNames(panel)).length < all);
    expect(await rowNames(panel)).toContain('lab_token');
    await box.click();
    await findingsOf('lab_token');
    const mute = await waitFor('the mute button', () =>
      panel.$$('[data-rule="CK025"] button').then(async (bs) => {
        for (const b of bs) if ((await b.evaluate((el) => el.textContent)) === 'Mute CK025 on this site') return b;
        return null;
      }),
    );
    await mute.click();
    await waitFor('CK025 shown as muted', async () => (await findingsOf('lab_token')).includes('CK025:muted'));
    const stored = await panel.evaluate(async () => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).toContain('CK025');
  });

  test('the timeline kept the cookies the lab set while the panel was still on the previous site', async () => {
    await showSection('Timeline');
    await waitFor('lab cookies in the timeline', async () => {
      const names = await panel.$$eval('[data-testid="timeline-row"]', (els) =>
        els.map((e) => e.getAttribute('data-name')),
      );
      return names.includes('lab_token') && names.includes('lab_profile');
    });
    await showSection('Cookies');
  });

  test('the site report lists the refused cookies with reasons and names the Django settings', async () => {
    await showSection('Site report');
    const report = await waitFor('the report', () => panel.$('[data-testid="report"]'));
    expect(report).toBeTruthy();
    expect(await text('[data-testid="grade"]')).toMatch(/^[A-F][+-]?$/);
    const refused = await waitFor('the refused cookies', async () => {
      const names = await panel.$$eval('[data-testid="refused-cookie"]', (els) =>
        els.map((e) => e.getAttribute('data-name')),
      );
      return names.includes('embed_pref') && names.includes('__Host-lab') ? names : null;
    });
    expect(refused).toContain('embed_pref');
    const refusedText = await text('[data-testid="refused"]');
    expect(refusedText).toMatch(/SameSite=None/);
    expect(refusedText).toMatch(/__Host-/);
    const tips = await text('[data-testid="framework-tips"]');
    expect(tips).toContain('Django');
    const settings = await text('[data-testid="framework-settings"]');
    // The lab's session cookie lacks HttpOnly: Django's own setting, and it says the site overrides the default.
    expect(settings).toMatch(
      /SESSION_COOKIE_HTTPONLY = True {2}# the default; this site's sessionid cookie shows it is overridden/,
    );
    // lab_token is the lab's own cookie: its fix is the call that sets it, never a Django setting.
    expect(settings).not.toContain('lab_token');
    await showSection('Cookies');
  });
});

describe('the report is about one site', () => {
  test("back on the demo site after the lab: none of the lab's refused cookies, none of the demo's own cookies refused", async () => {
    await page.goto(site.url, { waitUntil: 'load' });
    await waitForRows(panel, ['sessionid', 'csrftoken', 'username']);
    const stored = await rowNames(panel);
    expect(stored).not.toContain('lab_token');
    await showSection('Site report');
    await waitFor("the demo site's report", async () =>
      (await text('[data-testid="report"] h2').catch(() => '')).includes('Cookie report for localhost'),
    );
    const refused = await panel.$$eval('[data-testid="refused-cookie"]', (els) =>
      els.map((e) => e.getAttribute('data-name')),
    );
    for (const labCookie of ['embed_pref', '__Host-lab', 'lab_token', 'lab_profile', 'lab_wide'])
      expect(refused).not.toContain(labCookie);
    for (const own of stored) expect(refused).not.toContain(own);
    expect(await text('[data-testid="refused"]')).toContain('No refused Set-Cookie header');
    await showSection('Cookies');
  });
});
