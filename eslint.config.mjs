import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Pure code (the questionnaire model, i18n) imports neither Node nor React (tooling/imports.test.ts checks the DOM).
    files: ['questionnaire/**/*.ts', 'i18n/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'react', 'react-dom', '@/features/*', '@/app/*'] }],
    },
  },
  {
    // Tests break content on purpose to check that the schema refuses it.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'reports/**',
    'test-results/**',
    '.bench/**',
    'bench/baseline/.next/**',
  ]),
]);
