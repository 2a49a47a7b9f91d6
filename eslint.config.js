// Lint = code quality + runtime boundaries. The boundary rules are what keep each file in the runtime
// its folder names (README "Runtimes"); test/unit/eslint-config.test.ts proves they bite.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** Folders no one outside them may import from (test/ excepted). */
const zones = [
  { target: ['./common', './renderer', './preload', './server'], from: './main', message: 'main/ is a process of its own: reach it through the IPC contract in common/ipc.' },
  { target: ['./common', './preload', './main', './server'], from: './renderer', message: 'renderer/ code runs only in the browser.' },
  { target: ['./common', './renderer', './main', './server'], from: './preload', message: 'preload/ is the bridge only.' },
  { target: ['./common', './renderer', './preload', './main'], from: './server', message: 'server/ is a separate service: talk to it over HTTP (common/binding holds the shared schemas).' },
  { target: ['./common', './renderer', './preload', './main', './server'], from: './test', message: 'production code never imports tests.' },
];

const noElectron = {
  name: 'electron',
  message: 'Only main/index.ts, main/electron-main/** and preload/** may import electron (they are the Electron adapters).',
};

/** Packages runtime-free code may use: pure JavaScript, no I/O, no globals beyond ES. */
const runtimeFreePackages = ['zod', 'libphonenumber-js'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['*/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // runtime-free: no Node, no DOM-bound packages, no electron
    files: ['common/**'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{
          regex: `^(?!\\.{1,2}/|(${runtimeFreePackages.join('|')})(/|$))`,
          message: `common/ is runtime-free: only ${runtimeFreePackages.join(', ')} and other common/ files may be imported.`,
        }],
      }],
    },
  },
  {
    // browser runtime
    files: ['renderer/**'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    // sandboxed preload: electron's renderer half only
    files: ['preload/**'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['app', 'BrowserWindow', 'ipcMain', 'protocol', 'session', 'shell', 'safeStorage', 'utilityProcess', 'webContents'], message: 'a sandboxed preload has only contextBridge and ipcRenderer.' }],
      }],
    },
  },
  {
    // Node runtime: everything in main/ except the Electron adapters, and the server
    files: ['main/**', 'server/**'],
    ignores: ['main/index.ts', 'main/electron-main/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    // plain Node scripts behind npm start / npm test
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**', '*.config.{ts,js}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
