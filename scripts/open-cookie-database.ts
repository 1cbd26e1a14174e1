/**
 * Regenerates the trimmed copy of the Open Cookie Database that Cookie Lens ships (Apache-2.0, jkwakman/Open-Cookie-Database).
 * Usage: npx tsx scripts/open-cookie-database.ts <dir holding open-cookie-database.csv and LICENSE> [commit]
 * Writes:
 *   src/core/classify/ocd/open-cookie-database.json   the rows the analysis uses: name, platform, category, domain,
 *                                            description (cut at 200 characters), retention, prefix flag
 *   public/licenses/open-cookie-database/    the licence text and the attribution (NOTICE), shipped in the extension
 * The CSV columns are `ID, Platform, Category, Cookie / Data Key name, Domain, Description, Retention period,
 * Data Controller, User Privacy & GDPR Rights Portals, Wildcard match` (Wildcard match = 1: the name is a prefix).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseCsv } from './csv.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [sourceDir, commit = 'unknown commit'] = process.argv.slice(2);
if (!sourceDir) {
  console.error(
    'usage: npx tsx scripts/open-cookie-database.ts <dir with open-cookie-database.csv and LICENSE> [commit]',
  );
  process.exit(2);
}

let csv: string;
let licence: string;
try {
  csv = readFileSync(resolve(sourceDir, 'open-cookie-database.csv'), 'utf8');
  licence = readFileSync(resolve(sourceDir, 'LICENSE'), 'utf8');
} catch (e) {
  console.error(`cannot read the Open Cookie Database in ${sourceDir}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}

const [header, ...rows] = parseCsv(csv);
const col = (name: string): number => {
  const i = header?.indexOf(name) ?? -1;
  if (i < 0) {
    console.error(`the CSV has no "${name}" column`);
    process.exit(2);
  }
  return i;
};
const iPlatform = col('Platform');
const iCategory = col('Category');
const iName = col('Cookie / Data Key name');
const iDomain = col('Domain');
const iDescription = col('Description');
const iRetention = col('Retention period');
const iWildcard = col('Wildcard match');

/** "facebook.com (3rd party)", ".bing.com (3rd party) or .microsoft.com" → "facebook.com", "bing.com". */
function cleanDomain(d: string): string {
  const first = d.trim().split(/[\s,(]/)[0] ?? '';
  return first.replace(/^\*?\.?/, '').toLowerCase();
}

function cut(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

const platforms: string[] = [];
const categories: string[] = [];
const indexOf = (list: string[], value: string): number => {
  let i = list.indexOf(value);
  if (i < 0) i = list.push(value) - 1;
  return i;
};

/** [name, platform index, category index, domain, description, retention, prefix 0|1] */
type Row = [string, number, number, string, string, string, 0 | 1];
const out: Row[] = [];
for (const r of rows) {
  const name = (r[iName] ?? '').trim();
  if (name === '') continue;
  out.push([
    name,
    indexOf(platforms, (r[iPlatform] ?? '').trim()),
    indexOf(categories, (r[iCategory] ?? '').trim()),
    cleanDomain(r[iDomain] ?? ''),
    cut(r[iDescription] ?? '', 200),
    (r[iRetention] ?? '').trim(),
    r[iWildcard]?.trim() === '1' ? 1 : 0,
  ]);
}
out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const data = {
  source: {
    name: 'Open Cookie Database',
    url: 'https://github.com/jkwakman/Open-Cookie-Database',
    commit,
    licence: 'Apache-2.0',
  },
  platforms,
  categories,
  rows: out,
};
const jsonPath = resolve(repoRoot, 'src/core/classify/ocd/open-cookie-database.json');
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(data)}\n`);

const licenceDir = resolve(repoRoot, 'public/licenses/open-cookie-database');
mkdirSync(licenceDir, { recursive: true });
writeFileSync(resolve(licenceDir, 'LICENSE'), licence);
writeFileSync(
  resolve(licenceDir, 'NOTICE'),
  `Cookie Lens includes data from the Open Cookie Database
https://github.com/jkwakman/Open-Cookie-Database (${commit})
Copyright the Open Cookie Database contributors, licensed under the Apache License, Version 2.0 (LICENSE in this folder).

Changes: the CSV was trimmed to the columns the analysis uses (cookie name, platform, category, domain, description
cut at 200 characters, retention period, wildcard flag) and converted to JSON by scripts/open-cookie-database.ts.
`,
);
console.log(`${out.length} cookies, ${platforms.length} platforms, ${categories.length} categories → ${jsonPath}`);
