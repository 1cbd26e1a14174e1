/**
 * The Open Cookie Database copy the repository ships: complete, licensed, and used with the same corroboration rule
 * as the catalogue; its category informs an unknown cookie's class and never overrides what the value shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyzeCookies } from '../../../src/core/analyze-jar.ts';
import { explainCookie } from '../../../src/core/classify/explain.ts';
import { isGenericName, OCD_SIZE, OCD_SOURCE, ocdEntries } from '../../../src/core/classify/ocd/index.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { cookie, NOW_MS } from './helpers.ts';

const root = resolve(import.meta.dirname, '../../..');
const analyse = (jar: Cookie[], page = 'https://news.example/') =>
  analyzeCookies(jar, page, NOW_MS).map((a) => a.analysis);

describe('the shipped copy', () => {
  it('has every row of the dataset, with its licence and attribution shipped in the extension', () => {
    expect(OCD_SIZE).toBe(2264);
    expect(new Set(ocdEntries().map((e) => e.platform)).size).toBe(354);
    expect(OCD_SOURCE).toMatchObject({
      name: 'Open Cookie Database',
      licence: 'Apache-2.0',
      url: 'https://github.com/jkwakman/Open-Cookie-Database',
    });
    const dir = resolve(root, 'public/licenses/open-cookie-database');
    expect(readFileSync(resolve(dir, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(readFileSync(resolve(dir, 'NOTICE'), 'utf8')).toContain('Open Cookie Database');
    expect(existsSync(resolve(root, 'scripts/open-cookie-database.ts'))).toBe(true);
  });

  it('generic names are plain lower-case words or very short', () => {
    expect(['cart', 'keep_alive', 'connect.sid', 'A1', 'QST'].map(isGenericName)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['ACLK_DATA', 'BCSessionID', '_shopify_y', 'aam_uuid2'].map(isGenericName)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('known-cookie facts from the dataset', () => {
  it("a vendor's own name (no Domain in the dataset) is known anywhere, and its Marketing category makes an unknown a tracker", () => {
    const [a] = analyse([cookie('ACLK_DATA', 'x9', { domain: 'news.example' })]);
    expect(a?.classification.known).toMatchObject({
      vendor: 'Google AdSense',
      lifetime: '5 minutes',
      source: 'Open Cookie Database (Marketing)',
    });
    expect(a?.classification).toMatchObject({ class: 'tracking', confidence: 'medium' });
    expect(a?.classification.evidence[0]).toMatch(
      /^the Open Cookie Database lists it as Google AdSense's Marketing cookie: /,
    );
  });

  it('the category never overrides what the value shows', () => {
    const json = encodeURIComponent(JSON.stringify({ user: 7, plan: 'pro' }));
    const [a] = analyse([cookie('ACLK_DATA', json, { domain: 'news.example' })]);
    expect(a?.classification).toMatchObject({
      class: 'client-data',
      readability: 'readable',
      known: { vendor: 'Google AdSense' },
    });
    expect(explainCookie('ACLK_DATA', a!).dataLives).toBe('browser');
  });

  it('a row with a Domain counts on that site, and is only a possibility elsewhere', () => {
    const [there] = analyse(
      [cookie('CTK', '1a2b3c', { domain: '.indeed.com', hostOnly: false })],
      'https://www.indeed.com/',
    );
    expect(there?.classification.known?.vendor).toBe('Indeed');
    const [elsewhere] = analyse([cookie('CTK', '1a2b3c', { domain: 'news.example' })]);
    expect(elsewhere?.classification.known).toBeUndefined();
    expect(elsewhere?.classification.evidence.at(-1)).toMatch(
      /^the Open Cookie Database lists 'CTK' as Indeed's \(Analytics, on indeed\.com\), but nothing here points to Indeed/,
    );
  });

  it('a generic name is known only beside another cookie of the same platform', () => {
    const [alone] = analyse([cookie('lantern', 'a1b2c3', { domain: 'news.example' })]);
    expect(alone?.classification.known).toBeUndefined();
    expect(alone?.classification.evidence.at(-1)).toMatch(/^the Open Cookie Database lists 'lantern' as Awin's/);
    const [beside] = analyse([
      cookie('lantern', 'a1b2c3', { domain: 'news.example' }),
      cookie('AwinChannelCookie', 'aw', { domain: 'news.example' }),
    ]);
    expect(beside?.classification.known?.vendor).toBe('Awin');
    expect(beside?.classification.evidence).toContain('another Awin cookie is in the same jar');
  });
});
