import { defineConfig } from 'vitest/config';

/** Unit and plugin tests run in parallel; the real site is built once first (tests/global-setup.ts). */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
