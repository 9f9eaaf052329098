// ESLint flat config: typescript-eslint's recommended rules (syntax only, no type information, so
// `npm run lint` stays fast) over the extension, the engine, the CLI, the webview and the tests.
// Formatting is Prettier's job (.prettierrc.json); no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.vscode-test/', 'test-results/', 'examples/', 'test/corpus/', 'media/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_x` marks a parameter kept for its position (callbacks, table signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Node scripts (build, e2e and webview test harnesses): CommonJS with Node globals.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        describe: 'readonly',
        it: 'readonly',
        before: 'readonly',
        after: 'readonly',
        beforeEach: 'readonly',
        afterEach: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Functions the browser tests hand to page.evaluate run in the page, with its globals.
    files: ['test/e2e/**/*.js', 'test/webview/**/*.js'],
    languageOptions: { globals: { performance: 'readonly', requestAnimationFrame: 'readonly', Event: 'readonly' } },
  },
);
