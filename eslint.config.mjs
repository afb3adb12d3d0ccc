// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'typeorm/*', 'kafkajs', 'class-validator', 'class-transformer'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'deploy/local/kafka/libs/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': 'error',
    },
  },
  {
    // CommonJS files (a require hook) load their dependencies with require.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Business rules stay plain TypeScript: no framework, ORM, broker or validation library.
    files: ['apps/*/src/domain/**/*.ts', 'libs/kernel/**/*.ts', 'libs/calendar/**/*.ts', 'libs/income-basis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FRAMEWORKS,
              message:
                'domain code must not depend on frameworks: keep NestJS, TypeORM, Kafka and validation at the edges',
            },
          ],
        },
      ],
    },
  },
  {
    // Decorator-heavy edges import classes used only in decorator metadata; type-only imports would erase them.
    files: ['apps/*/src/**/*.ts', 'libs/**/*.ts', 'test/**/*.ts'],
    ignores: ['apps/*/src/domain/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Tests read untyped JSON bodies and envelopes; typing every one would only restate the assertions.
    files: ['test/**/*.ts', 'apps/*/test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
