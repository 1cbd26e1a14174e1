/**
 * The registries hold what people add (a rule, a format, a framework), and these tests read the folders to keep them
 * whole, the way refined-github checks its features: a rule file that is not registered, whose id does not match
 * its file name or that no test shows firing; a format that does not round-trip; a framework format a detector emits
 * without an explain text; a framework without its label, docs or settings file: each fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { exporterOf, type FormatId, FORMATS, importerOf } from '../../../src/core/formats/index.ts';
import type { CookieFormat, ParseResult } from '../../../src/core/formats/types.ts';
import {
  FIX_FRAMEWORKS,
  FORMAT_EXPLAIN,
  type Framework,
  FRAMEWORKS,
  REGISTRIES,
} from '../../../src/core/frameworks/index.ts';
import type { FrameworkFacts } from '../../../src/core/frameworks/types.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import type { Rule } from '../../../src/core/rules/types.ts';
import type { CookieClass } from '../../../src/core/vocabulary.ts';
import { cookiesArb, headerCookie, nameArb, valueArb } from '../../fixtures/cookie-arbitrary.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const list = (dir: string): string[] => readdirSync(join(ROOT, dir)).sort();

describe('rules: every rule file is registered, named after its id, and shown firing by a test', () => {
  const RULE_DIR = 'src/core/rules';
  const TEST_DIR = 'test/unit/core/rules';
  const files = list(RULE_DIR).filter((f) => /^ck\d{3}-.+\.ts$/.test(f));
  const ruleTests = list(TEST_DIR)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => read(`${TEST_DIR}/${f}`));

  test('the rules folder has rule files, and the registry lists exactly as many rules', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(RULES).toHaveLength(files.length);
  });

  test.each(files)('%s', async (file) => {
    const id = `CK${file.slice(2, 5)}`;
    const stem = file.replace(/\.ts$/, '');
    const module = (await import(`../../../src/core/rules/${stem}.ts`)) as Record<string, unknown>;
    const rules = Object.values(module).filter(
      (v): v is Rule => typeof v === 'object' && v !== null && 'id' in v && 'check' in v,
    );
    expect(rules, `${file} exports one rule`).toHaveLength(1);
    const rule = rules[0] as Rule;
    expect(rule.id, `${file} holds ${id}`).toBe(id);
    expect(RULES, `${id} is in src/core/rules/index.ts`).toContain(rule);
    // Its test: a describe block named after the id, in a file that imports the rule's module, with a case that fires.
    const block = ruleTests
      .filter((t) => t.includes(`/src/core/rules/${stem}.ts'`))
      .map((t) => t.split(/\n(?=describe\()/).find((b) => b.startsWith(`describe('${id} `)))
      .find((b) => b !== undefined);
    expect(block, `a describe('${id} ...') block in ${TEST_DIR}/ importing ${file}`).toBeDefined();
    // A case that fires: a row with `fires: '<severity>'` or `fires: true` (helpers.ts asserts the hit), or a direct
    // assertion on hits (one hit, a hit's severity or name).
    const fires =
      /fires: (?:'(?:high|medium|low|info)'|true)|toHaveLength\([1-9]\)|\.toBeGreaterThan\(0\)|toMatchObject\(\[\{|ruleId\)\.toBe\(|severity\)\.toBe\(/;
    expect(block, `the ${id} block has a case where the rule fires`).toMatch(fires);
  });

  test('no test hard-codes the number of rules', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (
          /\.test\.tsx?$/.test(entry.name) &&
          new RegExp(`RULES\\)?\\.toHaveLength\\(${RULES.length}\\)|length: ${RULES.length} \\}`).test(read(path))
        )
          offenders.push(path);
      }
    };
    walk('test');
    expect(offenders).toEqual([]);
  });
});

function ok(r: ParseResult): Cookie[] {
  if ('error' in r) throw new Error(`unexpected error: ${JSON.stringify(r.error)}`);
  return r.cookies;
}

/** What survives a format that keeps attributes: every field but SameSite, partition key and store, expiry to the second. */
const kept = (c: Cookie) => ({
  name: c.name,
  value: c.value,
  domain: c.domain,
  hostOnly: c.hostOnly,
  path: c.path,
  secure: c.secure,
  httpOnly: c.httpOnly,
  session: c.session,
  expirationDate: c.expirationDate === undefined ? undefined : Math.floor(c.expirationDate),
});

describe('formats: every format in FORMATS is read or written, and every one that is both round-trips', () => {
  const entries = Object.entries(FORMATS) as [FormatId, CookieFormat][];
  const PAGE = 'https://app.example.com/';

  test.each(entries)('%s has its facts', (id, f) => {
    expect(f.id).toBe(id);
    expect(f.label).not.toBe('');
    expect(f.extension).toMatch(/^[a-z0-9]+$/);
    expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    expect(f.importer !== undefined || f.exporter !== undefined, `${id} is read or written`).toBe(true);
  });

  const both = entries.filter(([, f]) => f.importer !== undefined && f.exporter !== undefined).map(([id]) => id);
  test.each(both)('%s: export then import gives the same cookies (fast-check)', (id) => {
    const write = (cs: readonly Cookie[]) => exporterOf(id as never).exporter.write(cs, { url: PAGE }).text;
    const back = (text: string) => ok(importerOf(id as never).importer.read(text, { url: PAGE, storeId: '0' }));
    if (FORMATS[id].carriesAttributes) {
      fc.assert(
        fc.property(cookiesArb, (cookies) => {
          expect(back(write(cookies)).map(kept)).toEqual(cookies.map(kept));
        }),
        { numRuns: 200 },
      );
    } else {
      // Names and values only: the cookies are those the page is sent.
      const pairs = fc.array(fc.record({ name: nameArb.filter((n) => n !== ''), value: valueArb }), {
        minLength: 1,
        maxLength: 10,
      });
      fc.assert(
        fc.property(pairs, (ps) => {
          const cookies = ps.map(headerCookie);
          expect(back(write(cookies)).map((c) => [c.name, c.value])).toEqual(ps.map((p) => [p.name, p.value]));
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('frameworks: every framework has its facts, and every format a detector emits has its explain text', () => {
  const entries = Object.entries(FRAMEWORKS) as [Framework, FrameworkFacts][];

  test.each(entries)('%s: id, label, public docs', (id, f) => {
    expect(f.id).toBe(id);
    expect(f.label.trim()).not.toBe('');
    expect(f.docs.length).toBeGreaterThan(0);
    for (const d of f.docs) expect(d.url).toMatch(/^https:\/\//);
  });

  test.each(FIX_FRAMEWORKS)('%s: a settings file, a comment marker, the cookies it sets', (id) => {
    const reg = REGISTRIES[id];
    expect(reg.file).not.toBe('');
    expect(reg.comment).not.toBe('');
    expect(reg.managed.length).toBeGreaterThan(0);
  });

  test('the detectors emit only registered frameworks and explained formats', () => {
    const DIR = 'src/core/decode/frameworks';
    const classes = new Set<CookieClass>([
      'session-id',
      'client-data',
      'auth-token',
      'csrf',
      'tracking',
      'preference',
      'infrastructure',
      'unknown',
    ]);
    const frameworks = new Set<string>();
    const formats = new Set<string>();
    for (const file of list(DIR).filter((f) => f.endsWith('.ts') && f !== 'types.ts' && f !== 'index.ts')) {
      const src = read(`${DIR}/${file}`);
      for (const m of src.matchAll(/\bframework: '([a-z]+)'/g)) frameworks.add(m[1] ?? '');
      for (const m of src.matchAll(/\bformatId: ((?:[^,'\n]|'[^']*')*)/g))
        for (const lit of (m[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)) formats.add(lit[1] ?? '');
    }
    expect(frameworks.size).toBeGreaterThan(0);
    expect(formats.size).toBeGreaterThan(0);
    for (const fw of frameworks) expect(Object.keys(FRAMEWORKS), `framework '${fw}'`).toContain(fw);
    for (const id of formats) {
      if (classes.has(id as CookieClass)) continue;
      expect(FORMAT_EXPLAIN[id]?.what, `explain text of format '${id}'`).toEqual(expect.any(String));
    }
  });

  test('no format is explained by two frameworks', () => {
    const seen = new Map<string, string>();
    for (const [id, f] of entries) {
      for (const format of Object.keys(f.explain)) {
        expect(seen.get(format), `${format} in ${id}`).toBeUndefined();
        seen.set(format, id);
      }
    }
  });
});
