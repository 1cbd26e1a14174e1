/**
 * House rule: source comments cite public sources (RFC 6265bis, Chromium source, OWASP, framework docs) or the
 * project's own docs/ pages, never a file outside the repository. docs/rules.md states the rule list, so its table
 * is checked against the rule registry too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { describe, expect, test } from 'vitest';

import { RULES } from '../../../src/core/rules/index.ts';

const root = resolve(import.meta.dirname, '../../..');
const SCANNED_DIRS = ['src', 'test', 'scripts', 'bin', 'docs', '.ci'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dist-cli', 'dist-firefox', 'artifacts', '.cache', '.git']);
const TEXT_FILE = /\.(?:[cm]?[jt]sx?|json|md|html|css|sh|py|rb|php|ya?ml|txt)$|^run$/;

function textFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...textFilesUnder(path));
    } else if (TEXT_FILE.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

const topLevelFiles = readdirSync(root).filter(
  (name) => statSync(join(root, name)).isFile() && TEXT_FILE.test(name) && name !== 'package-lock.json',
);
const files = [
  ...SCANNED_DIRS.filter((d) => existsSync(join(root, d))).flatMap((d) => textFilesUnder(join(root, d))),
  ...topLevelFiles.map((f) => join(root, f)),
];
const texts = new Map(files.map((f) => [relative(root, f).split(sep).join('/'), readFileSync(f, 'utf8')]));

/** Every match of `pattern` in every scanned file, as "path:line: match". */
function occurrences(
  pattern: RegExp,
  only: (path: string) => boolean = () => true,
): { where: string; match: string; path: string }[] {
  const found: { where: string; match: string; path: string }[] = [];
  for (const [path, text] of texts) {
    if (!only(path)) continue;
    for (const m of text.matchAll(pattern)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ where: `${path}:${line}`, match: m[0], path });
    }
  }
  return found;
}

// Built from pieces so this file does not match its own patterns.
const OUTSIDE_RULES_DOC = new RegExp(['cookie', 'rules\\.md'].join('-'), 'g');
const OUTSIDE_SHARED = new RegExp(['(?:\\.\\./)+', 'shared/[\\w./-]*'].join(''), 'g');
const MACHINE_PATH = new RegExp(['(?<![\\w.:/~-])/(?:', 'work|home|Users|root', ')/[\\w.-]+'].join(''), 'g');
const DOCS_PATH = /(?<![\w./-])docs\/[\w./-]+\.md\b/g;
const RULES_SECTION = /docs\/rules\.md §(\d+(?:\.\d+)?)/g;

const isSource = (path: string): boolean => /^(?:src|test|scripts)\//.test(path);

describe('citations stay inside the repository', () => {
  test('the scan reads the source tree (a scan of nothing would pass anything)', () => {
    expect(texts.size).toBeGreaterThan(200);
    expect([...texts.keys()]).toContain('src/core/rules/index.ts');
    expect([...texts.keys()]).toContain('docs/rules.md');
  });

  test('no file cites the rules document that lives outside the repository', () => {
    expect(occurrences(OUTSIDE_RULES_DOC).map((o) => o.where)).toEqual([]);
  });

  test('every relative path into a shared/ folder resolves to a file inside the repository', () => {
    const found = occurrences(OUTSIDE_SHARED);
    // The panel and the worker import src/shared/ by relative paths, so the pattern does occur.
    expect(found.length).toBeGreaterThan(0);
    const outside = found.filter(({ path, match }) => {
      const target = resolve(root, dirname(path), match);
      const inRepo = target.startsWith(root + sep);
      return !inRepo || !existsSync(target.replace(/[/\\]$/, ''));
    });
    expect(outside.map((o) => `${o.where}: ${o.match}`)).toEqual([]);
  });

  test('no absolute path of a machine (under work, home, Users or root) anywhere', () => {
    expect(occurrences(MACHINE_PATH).map((o) => `${o.where}: ${o.match}`)).toEqual([]);
  });

  test('every docs/… page cited in src/, test/ or scripts/ exists in the repository', () => {
    const cited = occurrences(DOCS_PATH, isSource);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((o) => !existsSync(join(root, o.match))).map((o) => `${o.where}: ${o.match}`)).toEqual([]);
  });

  test('every docs/rules.md §N cited in src/, test/ or scripts/ is a heading of docs/rules.md', () => {
    const doc = texts.get('docs/rules.md') ?? '';
    const headings = new Set([...doc.matchAll(/^#{2,3} §(\d+(?:\.\d+)?) /gm)].map((m) => m[1]));
    const cited = occurrences(RULES_SECTION, isSource);
    expect(cited.length).toBeGreaterThan(0);
    expect(
      cited.filter((o) => !headings.has(o.match.replace('docs/rules.md §', ''))).map((o) => `${o.where}: ${o.match}`),
    ).toEqual([]);
  });
});

describe('docs/rules.md states the rules the registry holds', () => {
  test('one row per registered rule, with its default severity', () => {
    const doc = texts.get('docs/rules.md') ?? '';
    const rows = [...doc.matchAll(/^\| (CK\d{3}) \| (high|medium|low|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(RULES.map((r) => [r.id, r.severity]));
  });
});
