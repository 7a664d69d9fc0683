import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import compat from 'eslint-plugin-compat';
import { layerRules } from './scripts/layers.mjs';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'storybook-static/', 'custom-elements.json', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The code that runs in a subscriber's browser stays within the floor of package.json
    // "browserslist" (Chromium 87, Safari 14, Firefox 78). compat/compat knows most web APIs; the
    // restricted list names the ones it misses, each with the fallback to use (src/platform/).
    files: ['src/**/*.ts'],
    ignores: ['src/check/**', 'src/openapi/**', 'src/frameworks/**'],
    plugins: { compat },
    settings: { lintAllEsApis: true },
    rules: {
      'compat/compat': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'AbortSignal', property: 'any', message: 'Chrome 116+: use anySignal() from src/platform/abort.ts.' },
        { object: 'AbortSignal', property: 'timeout', message: 'Chrome 103+: use timeoutSignal() from src/platform/abort.ts.' },
        { object: 'AbortSignal', property: 'abort', message: 'Safari 15+: abort an AbortController instead.' },
        { property: 'throwIfAborted', message: 'Chrome 100+: use throwIfAborted() from src/platform/abort.ts.' },
        { property: 'randomUUID', message: 'Chrome 92+ and https only: use randomUuid() from src/platform/ids.ts.' },
        { object: 'Object', property: 'hasOwn', message: 'Chrome 93+: use Object.prototype.hasOwnProperty.call.' },
        { property: 'findLast', message: 'Chrome 97+.' },
        { property: 'findLastIndex', message: 'Chrome 97+.' },
      ],
      'no-restricted-globals': ['error', { name: 'structuredClone', message: 'Chrome 98+: use cloneData() from src/platform/clone.ts.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='reason'][object.name=/[sS]ignal$/]",
          message: 'AbortSignal.reason is Chrome 98+: use abortReason() from src/platform/abort.ts.',
        },
        {
          selector: "MemberExpression[property.name='reason'][object.property.name=/[sS]ignal$/]",
          message: 'AbortSignal.reason is Chrome 98+: use abortReason() from src/platform/abort.ts.',
        },
        {
          selector: "CallExpression[callee.property.name='at'][arguments.length=1][callee.object.name!=/^(view|flow)$/]",
          message: 'Array.prototype.at is Safari 15.4+: index instead.',
        },
      ],
    },
  },
  // The layering of src/ (README, "Architecture"): each folder imports only from the folders below
  // it, and the pure ones (the contract, the flow) see no DOM at all.
  ...layerRules(globals),
  {
    files: [
      'scripts/**',
      'bench/**/*.mjs',
      'demo/server/**',
      'test/e2e/**',
      'test/old-engine/**',
      'test/server/**',
      'test/check/**',
      'test/consumers/**',
      'examples/**/*.{mjs,cjs}',
      'examples/**/*.config.*',
      '*.config.*',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The consumer apps' Node checks include one in CommonJS, as a CommonJS consumer writes it.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
