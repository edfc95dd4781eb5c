// The house rules (ARCHITECTURE.md), checked by `npm test`: one direction of flow between the
// layers, no import cycles, inquirer only behind prompts/. Syntax-only (no type information), so
// the whole tree lints in seconds.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import stylistic from '@stylistic/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** `no-restricted-imports` patterns for a folder: what it must not import, and why. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

/** The libraries bundled at build time (scripts/vendor.mjs). */
const VENDORED = ['zod', 'yaml', 'js-yaml', 'commander'];

const OUTSIDE_CORE = ['../store/*', '../git/*', '../commands/*', '../render/*', '../prompts/*', '../cli.js', '../program.js'];

const INQUIRER = [['@inquirer/*'], 'every question lives in prompts/ (one module tests can replace), and every one has a flag'];

export default [
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', 'bin/**', 'templates/**', 'coverage/**', 'test/**', '*.config.*'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {},
  },
  {
    // The layout every file keeps (the formatter's part of the house rules); `npm run format`
    // fixes what it can.
    files: ['src/**/*.ts'],
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, ignoredNodes: ['ConditionalExpression', 'TemplateLiteral *', 'TSUnionType', 'TSUnionType *'] }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/eol-last': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxEOF: 0 }],
      '@stylistic/object-curly-spacing': ['error', 'always'],
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/no-tabs': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The libraries bundled at build time (scripts/vendor.mjs) are reached through src/vendor/,
    // or the program would load both the bundle and the library's own files. Types are free.
    files: ['src/**/*.ts'],
    ignores: ['src/vendor/**'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: VENDORED.map((name) => ({
          name, allowTypeImports: true,
          message: `import ${name} from src/vendor/${name}.ts, which the build bundles into one small file`,
        })),
        // Their subpaths (zod/mini, yaml/util) too. A dynamic import() or a require() is not seen
        // by this rule: test/e2e/vendor.test.ts checks the built files for them.
        patterns: [{ group: VENDORED.map((name) => `${name}/*`), allowTypeImports: true, message: 'the bundled libraries are reached through src/vendor/' }],
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: forbid(
      [OUTSIDE_CORE, 'core/ is the pure domain: it imports nothing from the other layers'],
      [['node:fs', 'node:fs/*', 'fs', 'node:child_process', '@inquirer/*', 'chalk', 'yaml', 'js-yaml', 'commander', '../vendor/yaml.js', '../vendor/js-yaml.js', '../vendor/commander.js'], 'core/ has no files, git, terminal or parser: pass data in'],
    ),
  },
  {
    files: ['src/render/**/*.ts'],
    rules: forbid(
      [['../store/*', '../git/*', '../commands/*', '../prompts/*'], 'render/ draws the models core/ builds; it imports only core/'],
      [['node:fs', 'node:fs/*', 'fs', 'node:child_process', '@inquirer/*'], 'render/ returns text; it reads and asks nothing'],
    ),
  },
  {
    files: ['src/store/**/*.ts', 'src/git/**/*.ts'],
    rules: forbid(
      [['../commands/*', '../render/*', '../prompts/*'], 'store/ and git/ sit beneath the commands: nothing climbs back up'],
      [['@inquirer/*', 'chalk'], 'store/ and git/ never talk to the person'],
    ),
  },
  {
    files: ['src/cli.ts', 'src/program.ts', 'src/program-goals.ts', 'src/program-entry.ts', 'src/code-cache.ts', 'src/fast-read.ts'],
    rules: forbid(INQUIRER),
  },
  {
    files: ['src/commands/**/*.ts'],
    rules: forbid(INQUIRER, [['node:fs', 'node:fs/*', 'fs', 'fs/*'], 'commands touch no files themselves: options -> prompts -> core -> store/git -> render'],
      [['../store/*', '!../store/index.js'], 'commands reach the store through its face, store/index.ts (which keeps the parsers lazy)']),
  },
  {
    files: ['src/prompts/**/*.ts'],
    ignores: ['src/prompts/inquirer.ts'],
    rules: forbid(
      [['../store/*', '../git/*', '../commands/*'], 'prompts/ return plain answers and write nothing'],
      [['@inquirer/prompts'], 'prompts/inquirer.ts is the one door to inquirer (it fits every message to the terminal, and tests replace it)'],
    ),
  },
  {
    files: ['src/prompts/inquirer.ts'],
    rules: forbid([['../store/*', '../git/*', '../commands/*'], 'prompts/ return plain answers and write nothing']),
  },
];
