// Lint: TypeScript rules plus the architecture's boundaries from DESIGN.md, checked by lint rather
// than review. Folders are execution contexts; each may import only what runs where it runs.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that touch browser APIs, storage or messaging. */
const BROWSER_MODULES = [
  { group: ['wxt/*', 'wxt'], message: 'Browser APIs are for entrypoints and utils outside extract/.' },
  { group: ['@/utils/messaging/*', '**/messaging/*'], message: 'Messaging belongs to entrypoints.' },
  {
    group: ['@/utils/library', '@/utils/library/*', '**/library/*', '!**/library/types'],
    message: 'Storage belongs to entrypoints and the background.',
  },
  { group: ['@/utils/settings', '**/utils/settings'], message: 'Use settings-model (pure) here; storage belongs to entrypoints.' },
  { group: ['@/utils/i18n', '**/utils/i18n'], message: 'Components get translations through I18nContext.' },
  { group: ['idb', 'dexie'], message: 'Storage belongs to utils/library.' },
];

export default tseslint.config(
  // .output*/: also the private build folders BROADSHEET_OUT_DIR creates (.output-<name>/).
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'artifacts/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Raw HTML is rendered only by components/ArticleBody.tsx.',
        },
      ],
    },
  },
  {
    // The one component allowed to render sanitized HTML.
    files: ['components/ArticleBody.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The extraction pipeline is pure: Document in, Article out, runnable in Node.
    files: ['utils/extract/**/*.ts'],
    ignores: ['utils/extract/**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BROWSER_MODULES,
            { group: ['preact', 'preact/*', '@/components/*', '**/components/*'], message: 'The pipeline knows nothing of UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'The pipeline is pure.' },
        { name: 'chrome', message: 'The pipeline is pure.' },
        { name: 'document', message: 'Take the Document as a parameter.' },
        { name: 'window', message: 'Take what you need as a parameter.' },
        { name: 'location', message: 'Take the URL as a parameter.' },
      ],
    },
  },
  {
    // Components: props in, callbacks out.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: BROWSER_MODULES.map((p) => ({ ...p, allowTypeImports: true })) }],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Components take callbacks.' },
        { name: 'chrome', message: 'Components take callbacks.' },
      ],
    },
  },
  {
    // One entrypoint never imports another: shared code lives in components/, hooks/ and utils/.
    // Imports are relative everywhere: '../x' from an entrypoint's folder is a sibling entrypoint.
    files: ['entrypoints/**/*.{ts,tsx}'],
    ignores: ['entrypoints/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '**/entrypoints/**', '../*/**', '!../../**', '!../__tests__/**'],
              message: 'Share through components/, hooks/ or utils/ (relative imports).',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code is below the screens: nothing in utils/ or hooks/ imports a component or an entrypoint.
    files: ['utils/**/*.ts', 'hooks/**/*.ts'],
    ignores: ['**/__tests__/**', 'utils/extract/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/*'], message: 'Imports are relative.' },
            { group: ['**/components/**'], message: 'utils/ and hooks/ sit below the components.' },
            { group: ['**/entrypoints/**'], message: 'Entrypoints import shared code, never the other way round.' },
          ],
        },
      ],
    },
  },
  {
    // The library is storage only (IndexedDB, schema, migrations, index, search, file formats):
    // no browser APIs, messaging, UI strings, components, hooks or entrypoints. The background and
    // the hooks call it; it calls none of them.
    files: ['utils/library/**/*.ts'],
    ignores: ['utils/library/**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/*'], message: 'Imports are relative.' },
            { group: ['wxt', 'wxt/*'], message: 'The library is storage only: browser APIs belong to the background and the pages.' },
            { group: ['**/messaging/*'], message: 'The library is storage only: the protocol imports its types, not the other way round.' },
            { group: ['**/utils/i18n', '**/i18n'], message: 'The library is storage only: UI strings belong to the screens.' },
            {
              group: ['preact', 'preact/*', '**/components/**', '**/hooks/**'],
              message: 'The library is storage only: screen logic lives in hooks/.',
            },
            { group: ['**/entrypoints/**'], message: 'The library is storage only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/__tests__/**', 'tests/**', 'e2e/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
