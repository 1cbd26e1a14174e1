/**
 * The `cookie-lens` command, built for Node alone (`npm run build:cli`, also run by `npm run build` and by `npm pack`
 * through prepack): src/cli/main.ts and everything it imports — the engine, tldts's Public Suffix List, jose, fflate —
 * bundled into plain JavaScript in dist-cli/, which bin/cookie-lens.mjs imports. The verbs are dynamic imports in
 * main.ts, so they become chunks that load only when a verb runs: `--help` and `--version` read main.mjs alone.
 * The licences of the bundled packages go to dist-cli/THIRD-PARTY-LICENSES.md, shipped in the package beside them;
 * the Open Cookie Database's (Apache-2.0, its data is bundled into the engine) to dist-cli/licenses/.
 */
import { readFileSync } from 'node:fs';

import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  plugins: [
    {
      name: 'open-cookie-database-licence',
      generateBundle() {
        for (const file of ['LICENSE', 'NOTICE']) {
          const source = readFileSync(`public/licenses/open-cookie-database/${file}`, 'utf8');
          this.emitFile({ type: 'asset', fileName: `licenses/open-cookie-database/${file}`, source });
        }
      },
    },
  ],
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    license: { fileName: 'THIRD-PARTY-LICENSES.md' },
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'main.mjs', chunkFileNames: '[name]-[hash].mjs' },
      // As in vite.config.ts: inlining constants would copy tldts's 68 KB label string into every function using it.
      optimization: { inlineConst: false },
    },
  },
  // Bundle the dependencies too: the installed package then needs no node_modules of its own.
  ssr: { noExternal: true, target: 'node' },
});
