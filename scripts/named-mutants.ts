/**
 * The write-path mutants issue 13 names, applied one at a time to the source and run against the write path's tests
 * (vitest.mutation.config.ts): each must make a test fail. StrykerJS (`npm run mutation`) generates its own mutants;
 * these are the hand-made ones it cannot express (reordering steps) or that live in cookie-snapshot.ts.
 * Usage: `npm run mutation:named`. The source is restored after each run, also on failure or Ctrl+C.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Mutant {
  name: string;
  file: string;
  from: string;
  to: string;
}

const SET_LOOP =
  '    for (const d of desired) if (d.want) expected.set(cookieKey(d.id), await writeAndCheck(api, d, d.want, now));\n';
const REMOVE_LOOP = `    for (const d of desired) {
      const current = expected.get(cookieKey(d.id));
      if (d.want === null && current)
        await removeKeepingOthers(api, current, { expected, before, ids, doomed, record });
    }
`;

const MUTANTS: Mutant[] = [
  {
    name: 'deleting before setting',
    file: 'src/core/write/transition.ts',
    from: SET_LOOP + REMOVE_LOOP,
    to: REMOVE_LOOP + SET_LOOP,
  },
  {
    name: 'reporting "restored" when the rollback failed',
    file: 'src/core/write/transition.ts',
    from: 'const restored = await rollBack(',
    to: 'const restored = true || await rollBack(',
  },
  {
    name: 'dropping read-back verification',
    file: 'src/core/write/transition.ts',
    from: '  const stored = await readCookie(api, d.id);\n',
    to: '  const stored = ((await api.set(want)) ?? null) as Cookie | null;\n',
  },
  {
    name: 'losing the partition key on restore',
    file: 'src/core/write/snapshot.ts',
    from: '    ...(c.partitionKey?.topLevelSite ? { partitionKey: { ...c.partitionKey } } : {}),\n',
    to: '',
  },
  {
    name: 'ignoring HttpOnly/Secure when comparing snapshots',
    file: 'src/core/write/snapshot.ts',
    from: "    'path',\n    'secure',\n    'httpOnly',\n    'sameSite',\n",
    to: "    'path',\n    'sameSite',\n",
  },
  {
    name: 'ignoring Secure when checking a write',
    file: 'src/core/write/snapshot.ts',
    from: "  if (stored.secure !== d.secure) out.push('secure');\n",
    to: '',
  },
  {
    name: 'ignoring HttpOnly when checking a write',
    file: 'src/core/write/snapshot.ts',
    from: "  if (stored.httpOnly !== d.httpOnly) out.push('httpOnly');\n",
    to: '',
  },
];

const root = resolve(import.meta.dirname, '..');
let pending: { path: string; text: string } | null = null;
const restore = () => {
  if (pending) writeFileSync(pending.path, pending.text);
  pending = null;
};
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

let survived = 0;
for (const m of MUTANTS) {
  const path = resolve(root, m.file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(m.from)) {
    console.log(`? ${m.name}: the code it mutates is no longer in ${m.file}; update scripts/named-mutants.ts`);
    survived++;
    continue;
  }
  pending = { path, text };
  try {
    writeFileSync(path, text.replace(m.from, m.to));
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.mutation.config.ts', '--reporter=dot'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const killed = run.status !== 0;
    if (!killed) survived++;
    const failed = /Tests\s+(\d+) failed/.exec(run.stdout)?.[1];
    console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${m.name}${failed ? ` (${failed} tests fail)` : ''}`);
  } finally {
    restore();
  }
}
console.log(
  survived === 0
    ? `all ${MUTANTS.length} named mutants killed`
    : `${survived} of ${MUTANTS.length} named mutants not killed`,
);
process.exit(survived === 0 ? 0 : 1);
