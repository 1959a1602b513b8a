import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// One command runs every package's tests. Source imports of @backofficer/core resolve to the
// TypeScript sources so that tests never run against a stale build; the packaging test and the
// CLI end-to-end tests exercise the built output on purpose.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@backofficer\/core$/, replacement: here('./packages/core/src/index.ts') }],
  },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'addin/**/test/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['./test/global-setup.ts'],
  },
});
