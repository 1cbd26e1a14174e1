import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

import { chromeManifest, firefoxManifest } from './scripts/manifests.ts';

/** `vite build` makes the Chrome extension in dist/; `vite build --mode firefox` the Firefox add-on in dist-firefox/. */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      firefox
        ? crx({ manifest: firefoxManifest() as unknown as ReturnType<typeof chromeManifest>, browser: 'firefox' })
        : crx({ manifest: chromeManifest() }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      target: firefox ? 'firefox140' : 'chrome119',
      sourcemap: false,
      rollupOptions: {
        // The panel page is not referenced by the manifest (the DevTools page creates it at run time), so it is
        // declared here; test/unit/build.test.ts checks that dist/ has it.
        input: { panel: 'src/panel/index.html' },
        // Constant inlining copied tldts's 68 KB public-suffix label string into every function that reads it,
        // doubling the bundle (113 KB instead of 48 KB gzipped for tldts alone, npm run bench).
        optimization: { inlineConst: false },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
