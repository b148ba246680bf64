// Lint: type-aware TypeScript rules, React hooks, and the import boundaries between contexts
// described in docs/architecture.md ("Rules the code keeps").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import leadline from './scripts/eslint-module-surface.mjs';

const BROWSER_API = [
  { name: 'wxt/browser', message: 'Only lib/browser and entrypoints may call browser APIs.' },
  { name: 'webextension-polyfill', message: 'Only lib/browser and entrypoints may call browser APIs.' },
];

const NO_UI_IN_LIB = {
  regex: '(^|/)(entrypoints|components)(/|$)|^react(-dom)?(/|$)',
  message: 'lib/ is UI-free and context-free: it never imports entrypoints, components or React.',
};

const NO_BROWSER_LAYER_IN_COMPONENTS = {
  regex: '(^|/)lib/browser(/|$)',
  message: 'Components take props and emit events; the entrypoint wires browser actions in.',
};

// Content scripts run inside LinkedIn and Gmail: no zod, no React, no database code.
const CONTENT_SCRIPT_LIMITS = {
  regex:
    '^(zod|react|react-dom)(/|$)|(^|/)lib/(db|demo|leads/(save-lead|update-lead|delete-lead|lead-form))(/|$)|(^|/)messaging(/index)?$|(^|/)messaging/(contract|router)$|(^|/)model(/index)?$',
  allowTypeImports: true,
  message: 'Content scripts stay tiny: import lib/extract, lib/messaging/protocol and types only.',
};

// What content scripts may import from a file rather than an index: the index beside each pulls in
// code they must not ship (webextension-polyfill, zod, the database; see lib/mail/page/index.ts).
const CONTENT_SCRIPT_SURFACES = ['lib/browser/content', 'lib/messaging/protocol', 'lib/mail/page'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, leadline },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'leadline/module-surface': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: BROWSER_API }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use lib/browser.' }, { name: 'browser', message: 'Use lib/browser.' }],
      // Text rendering only; the build also removes React DOM's support for it (scripts/text-only-build.mjs).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/browser/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: BROWSER_API, patterns: [NO_UI_IN_LIB] }] },
  },
  {
    // A module's index names what other modules may use; `export *` would publish every helper.
    files: ['lib/*/index.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Export by name what other modules use.' }],
    },
  },
  {
    files: ['lib/browser/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NO_UI_IN_LIB] }] },
  },
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: BROWSER_API, patterns: [NO_BROWSER_LAYER_IN_COMPONENTS] }],
    },
  },
  {
    files: ['entrypoints/**', 'bench/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/extract/**', 'lib/messaging/protocol.ts', 'lib/mail/page/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: BROWSER_API, patterns: [CONTENT_SCRIPT_LIMITS] }],
    },
  },
  {
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [CONTENT_SCRIPT_LIMITS] }] },
  },
  {
    files: [
      'entrypoints/*.content.ts',
      'entrypoints/*.content/**',
      'entrypoints/in-page-button.ts',
      'lib/browser/content.ts',
      'lib/extract/**',
      'lib/mail/page/**',
    ],
    rules: { 'leadline/module-surface': ['error', { allow: CONTENT_SCRIPT_SURFACES }] },
  },
  {
    // A unit test reads the file it tests; scripts and build modules are not part of lib's graph.
    files: ['tests/**', 'scripts/**', 'modules/**', '*.config.*'],
    rules: { 'leadline/module-surface': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**', 'modules/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-globals': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
      // Playwright fixtures call `use()`, which is not React's hook.
      'react-hooks/rules-of-hooks': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
);
