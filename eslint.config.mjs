// The house rules of ../shared/docs/style.md and the layers of architecture.md, checked by a
// tool instead of by a reader: `npm run lint`, and the first pass of `npm test`.
import { builtinModules } from 'node:module';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const CODE = ['apps/**/*.ts', 'libs/**/*.ts', 'workflows/**/*.ts'];
const TESTS = ['**/*.spec.ts'];

// Workflow code replays, and domain rules are pure: neither may reach storage, mail, a
// framework or the machine. Both spellings of a built-in (`fs`, `node:fs`) are refused.
const PURE_IMPORTS = {
  paths: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'typeorm', 'nodemailer', 'pg', 'better-sqlite3'].map((name) => ({
    name,
    message: 'workflow and domain code does no I/O: this belongs in an activity or a library below the apps',
  })),
  patterns: [
    { group: ['node:*', '@nestjs/*', 'typeorm/*', 'pg/*', 'nodemailer/*'], message: 'workflow and domain code knows no framework, storage or mail' },
  ],
};

// The arrows of architecture.md: apps -> workflows/activities -> libs/domain; a library never
// imports an app; workflows import only libs/domain and the activity types in libs/contracts.
const LAYERS = {
  'libs never import an app': { target: './libs', from: './apps' },
  'workflows never import an app': { target: './workflows', from: './apps' },
  'workflows import only libs/domain and libs/contracts': { target: './workflows', from: './libs', except: ['./domain', './contracts'] },
  'libs/domain imports no other library': { target: './libs/domain', from: './libs', except: ['./domain'] },
  'libs/contracts (the activity types) imports only libs/domain': { target: './libs/contracts', from: './libs', except: ['./domain', './contracts'] },
  'libs never import workflow code': { target: './libs', from: './workflows' },
};
const zones = (names) => names.map((name) => ({ ...LAYERS[name], message: `layer rule: ${name} (see ../shared/docs/architecture.md)` }));
const ALL_LAYERS = Object.keys(LAYERS);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'apps/web/src/api/schema.d.ts'] },
  {
    files: CODE,
    languageOptions: {
      parser: tseslint.parser,
      // Type-aware: a floating promise is known by its type. The project service finds each
      // file's tsconfig (apps/web has its own).
      // The web console's unit tests sit outside its tsconfig; they get the default project.
      parserOptions: { projectService: { allowDefaultProject: ['apps/web/src/*.spec.ts', 'apps/web/src/*/*.spec.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    // Two older disable comments name rules this config does not turn on; they are no one's error.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { '@typescript-eslint': tseslint.plugin, import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.json'] } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'import/no-restricted-paths': ['error', { zones: zones(ALL_LAYERS) }],
    },
  },
  {
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', PURE_IMPORTS] },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'workflow time comes from Temporal: use workflowInfo() or the activation time, never Date.now()' },
        { object: 'Math', property: 'random', message: 'workflow code is deterministic: take a random value from an activity or uuid4() of @temporalio/workflow' },
      ],
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'a workflow waits with sleep() or condition() of @temporalio/workflow, never setTimeout' }],
    },
  },
);
