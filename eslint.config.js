import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import walls from './eslint/walls.js';

// Where the IPC handlers are registered: the one place that may call ipcMain.handle/on. The bootstrap
// (src/main/index.ts) only hands ipcMain over to it.
const IPC_REGISTRATION = 'src/main/electron/register-ipc.ts';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      // Files that break the walls on purpose; test/lint/walls.test.ts lints them as if they sat in src.
      'test/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    plugins: { walls },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // eslint/walls.js: electron, shared, renderer, services, sandbox, src ↔ tests ↔ benchmarks.
      'walls/imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [IPC_REGISTRATION],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: `ipcMain is used only by the IPC registration (${IPC_REGISTRATION})`,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: `ipcMain belongs to the IPC registration (${IPC_REGISTRATION}); only the bootstrap hands it over`,
            },
          ],
        },
      ],
    },
  },
  {
    // The bootstrap imports ipcMain only to pass it to registerIpc.
    files: ['src/main/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  prettier,
);
