// @ts-check
/**
 * ESLint 9 flat config: @eslint/js and typescript-eslint `recommended` (syntax only, no type-aware
 * rules: `npm run lint` stays fast, and `npm run typecheck` already runs the compiler), plus
 * eslint-plugin-react-hooks `recommended` (the rules of hooks and the React Compiler's checks) on
 * every TypeScript file. Formatting is Prettier's alone (.prettierrc.json): no stylistic rules here.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-cli/', 'dist-tsc/', 'coverage/', 'bench/out/', 'test/out/', 'test/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    rules: {
      // A leading underscore marks a binding kept on purpose: a parameter an interface requires, a
      // property left out of a rest copy (`{ relations: _r, ...c }`), a caught error not needed.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Plain JavaScript is CommonJS run by Node: bin/, webpack.config.js, jest.config.js, Jest's
    // environment, sequencer and setup files, the e2e build script, assets/make-icons.js.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
