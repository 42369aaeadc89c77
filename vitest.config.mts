import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx', 'tooling/**/*.test.mjs'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'out/**'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
