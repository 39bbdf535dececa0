import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The import direction of ARCHITECTURE.md "Layers": the entries (src/cli, src/action) import the
// engines (src/sync), which import the collaborators; nothing imports upwards or across entries.
const COLLABORATORS = ['notion', 'markdown', 'spine', 'workspace', 'git', 'output'];

/** A relative import that reaches into one of the src/ folders `layers`. */
function into(layers, message) {
  return {
    regex: `^\\.{1,2}/(?:.*/)?(?:${layers.join('|')})(?:/|$)`,
    caseSensitive: true,
    message,
  };
}

function importDirection(files, forbidden) {
  return {
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: forbidden }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.vitest/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/action/**'],
    rules: {
      // The core gets its settings passed in and reports through return values
      // (ARCHITECTURE.md "Layers").
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'The core never reads process.env: take it as a setting.',
        },
        {
          object: 'process',
          property: 'exit',
          message: 'The core never exits: throw an IdseError.',
        },
      ],
    },
  },
  importDirection(
    ['src/cli/**/*.ts'],
    [
      into(
        ['action'],
        'The CLI and the action are two entries: share code through a layer below both.',
      ),
    ],
  ),
  importDirection(
    ['src/action/**/*.ts'],
    [
      into(
        ['cli'],
        'The CLI and the action are two entries: share code through a layer below both.',
      ),
    ],
  ),
  importDirection(
    ['src/sync/**/*.ts'],
    [
      into(
        ['cli', 'action'],
        'The engines never import an entry: take what they need as a setting.',
      ),
    ],
  ),
  importDirection(
    [...COLLABORATORS.map((folder) => `src/${folder}/**/*.ts`), 'src/*.ts'],
    [
      into(
        ['cli', 'action', 'sync'],
        'Collaborators sit below the engines and the entries: move what you need down here instead.',
      ),
    ],
  ),
  // The emulator is the other side (ARCHITECTURE.md "The emulator, the other side"): sharing
  // code with src/ would let it inherit the product's mistakes.
  importDirection(
    ['test/notion-emulator/**/*.ts'],
    [
      {
        regex: '^(?:\\.\\./)+src(?:/|$)',
        caseSensitive: true,
        message: 'The emulator shares no code with src/: write its own.',
      },
    ],
  ),
);
