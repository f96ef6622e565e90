// Lint is part of the test (npm test): complexity and size limits, and import boundaries that
// keep the marking core pure (scoring, nlp and rubric never reach for HTTP, databases or process).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureCore = {
  paths: ['express', 'pg', 'better-sqlite3', 'kysely', 'http', 'https', 'node:http', 'node:https', 'net', 'node:net'],
  patterns: [{ group: ['**/http/**', '**/cli/**', '**/server', '**/config'], message: 'The marking core must not depend on the edges.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      complexity: ['error', 20],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/scoring/**/*.ts', 'src/nlp/**/*.ts', 'src/rubric/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCore],
      'no-restricted-globals': ['error', { name: 'process', message: 'Pass configuration in; only src/config.ts reads process.' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'max-lines': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
