import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'dist-firefox/', 'node_modules/', 'artifacts/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        document: 'readonly',
        window: 'readonly',
        chrome: 'readonly',
        globalThis: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        atob: 'readonly',
        btoa: 'readonly',
        navigator: 'readonly',
        requestAnimationFrame: 'readonly',
        cancelAnimationFrame: 'readonly',
        location: 'readonly',
        Buffer: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import `browser` from src/shared/browser.ts: the polyfill has one seam.',
            },
          ],
        },
      ],
      // Imports in one order everywhere (packages, then the project's own, nearest last); `npm run format` fixes it.
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Shared is below the background and the panel: the request/response contracts live here, nothing above is imported.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import `browser` from src/shared/browser.ts: the polyfill has one seam.',
            },
          ],
          patterns: [
            {
              group: ['**/background/**', '**/panel/**', '**/devtools/**', '**/cli/**'],
              message: 'shared imports nothing above it (contracts belong in shared/protocol.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The panel's browser glue lives in src/panel/shell/; stores and components get what they need from the store
    // root's deps (src/panel/store/deps.ts), and only main.tsx puts the two together.
    files: ['src/panel/**'],
    ignores: ['src/panel/shell/**', 'src/panel/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import `browser` from src/shared/browser.ts: the polyfill has one seam.',
            },
          ],
          patterns: [
            {
              group: ['**/shared/browser.ts', '**/shell/*'],
              message:
                'Only src/panel/shell/ touches the browser: get it through the store root (src/panel/store/deps.ts).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Only src/panel/shell/ touches the browser: get it through the store root.' },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      // Core is the bottom floor: it imports nothing of the extension or the CLI, and no browser library.
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'preact', '@preact/signals'],
          patterns: [
            {
              group: ['**/shared/**', '**/background/**', '**/panel/**', '**/devtools/**', '**/cli/**'],
              message: 'core is pure: it imports nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'core is pure: no browser API.' },
        { name: 'window', message: 'core is pure: no browser API.' },
        { name: 'document', message: 'core is pure: no browser API.' },
      ],
    },
  },
);
