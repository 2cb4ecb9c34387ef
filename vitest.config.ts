import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: pure functions, plugins and fixtures, no site build (npx vitest run --project unit takes
 * seconds). `site`: the real site built once by tests/global-setup.ts, read from disk and driven in Chromium.
 * `npm test` runs both.
 */
const SITE_TESTS = ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/dev/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: SITE_TESTS,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
