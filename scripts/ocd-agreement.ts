/**
 * How well the built-in catalogue agrees with the Open Cookie Database (evaluation only; the CSV is not in the repo).
 * Usage: npx tsx scripts/ocd-agreement.ts [path-to-csv]
 * For every OCD row, the cookie is looked up as the catalogue would see it: the OCD Domain column (cleaned) as the
 * cookie's domain, or a neutral first-party domain when empty; OCD wildcard rows (prefixes) are looked up by the prefix.
 * Category agreement: Marketing → advertising (strict) or tracking class (loose: analytics|advertising),
 * Analytics → analytics (strict) / tracking class (loose), Functional/Necessary → anything but analytics/advertising,
 * Security → infrastructure/cdn/framework, Personalization → functional/consent/framework.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../src/core/public-suffix-list.ts';
import { lookupKnownCookie, type Category } from '../src/core/catalogue/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/data/open-cookie-database/open-cookie-database.csv'));

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function cleanDomain(d: string): string {
  const first = d.split(/[\s,(]/)[0] ?? '';
  return first.replace(/^\*?\.?/, '').toLowerCase();
}

const STRICT: Record<string, (c: Category) => boolean> = {
  Marketing: (c) => c === 'advertising',
  Analytics: (c) => c === 'analytics',
  Functional: (c) => c !== 'analytics' && c !== 'advertising',
  Necessary: (c) => c !== 'analytics' && c !== 'advertising',
  Security: (c) => c === 'infrastructure' || c === 'cdn' || c === 'framework',
  Personalization: (c) => c === 'functional' || c === 'consent' || c === 'framework',
};
const LOOSE: Record<string, (c: Category) => boolean> = {
  ...STRICT,
  Marketing: (c) => c === 'advertising' || c === 'analytics',
  Analytics: (c) => c === 'analytics' || c === 'advertising',
};

let text: string;
try {
  text = readFileSync(csvPath, 'utf8');
} catch {
  console.error(`cannot read ${csvPath}`);
  process.exit(2);
}
const [header, ...rows] = parseCsv(text);
const col = (name: string): number => header?.indexOf(name) ?? -1;
const iCat = col('Category');
const iName = col('Cookie / Data Key name');
const iDomain = col('Domain');
const iWild = col('Wildcard match');

interface Tally { rows: number; recognised: number; strict: number; loose: number }
const tallies = new Map<string, Tally>();
const total: Tally = { rows: 0, recognised: 0, strict: 0, loose: 0 };
for (const r of rows) {
  const cat = r[iCat] ?? '';
  const name = r[iName] ?? '';
  if (!STRICT[cat] || name === '') continue;
  const domain = cleanDomain(r[iDomain] ?? '') || 'example.org';
  const lookupName = r[iWild] === '1' ? `${name}x` : name;
  const hit = lookupKnownCookie(lookupName, domain);
  const t = tallies.get(cat) ?? { rows: 0, recognised: 0, strict: 0, loose: 0 };
  for (const x of [t, total]) {
    x.rows++;
    if (hit) {
      x.recognised++;
      if (STRICT[cat]?.(hit.category)) x.strict++;
      if (LOOSE[cat]?.(hit.category)) x.loose++;
    }
  }
  tallies.set(cat, t);
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`OCD file: ${csvPath}`);
console.log('category        rows  recognised        strict agreement   loose agreement (of recognised)');
for (const [cat, t] of [...tallies.entries(), ['ALL', total] as const]) {
  console.log(`${cat.padEnd(15)} ${String(t.rows).padStart(5)}  ${String(t.recognised).padStart(5)} (${pct(t.recognised, t.rows).padStart(6)})  ${String(t.strict).padStart(5)} (${pct(t.strict, t.recognised).padStart(6)})  ${String(t.loose).padStart(5)} (${pct(t.loose, t.recognised).padStart(6)})`);
}
