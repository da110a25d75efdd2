// Lint keeps the architecture visible: a pure core, and two shells that never import each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const hostGlobals = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'location', 'setTimeout', 'setInterval', 'process', 'require', 'Office', 'OfficeRuntime', 'Excel', 'Word',
  'GmailApp', 'CardService', 'PropertiesService', 'UrlFetchApp', 'Session', 'CacheService', 'DriveApp',
  'LockService', 'Utilities', 'ScriptApp', 'HtmlService', 'Logger', 'console',
].map((name) => ({ name, message: 'src/core is pure: hosts, clocks and I/O belong to the shells.' }));

const clock = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core never reads the clock: take `today` as a parameter.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core never reads the clock: take `today` as a parameter.' },
  { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: 'src/core never reads the clock.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/core is deterministic.' },
];

const deepCoreImport = { group: ['**/core/*/**', '**/core/*', '!**/core/index', '!**/core'], message: 'Shells import the core only through src/core/index.ts.' };

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'test-output/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Typed rules: a Promise nobody awaits or handles loses its failure, and the user never hears of it.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/outlook/**/*.{ts,tsx}', 'playground/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // A client's mail is hostile: no pattern may backtrack super-linearly on what a sender writes.
    files: ['src/**/*.{ts,tsx}'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
      // Stripping control characters from hostile text is the point of those classes.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...hostGlobals],
      'no-restricted-syntax': ['error', ...clock],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/outlook/**', '**/outlook', '**/gmail/**', '**/gmail'], message: 'The core never imports a shell.' },
            { group: ['preact', 'preact/*', '@azure/*', 'node:*', 'fs', 'path', 'os', 'http', 'https', 'child_process'], message: 'src/core is platform-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/outlook/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/gmail/**', '**/gmail'], message: 'Shells never import each other.' }, deepCoreImport] },
      ],
    },
  },
  {
    files: ['src/gmail/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/outlook/**', '**/outlook'], message: 'Shells never import each other.' },
            { group: ['preact', 'preact/*', '@azure/*'], message: 'The Gmail add-on renders cards, not DOM.' },
            deepCoreImport,
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.{js,ts}', 'test/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
