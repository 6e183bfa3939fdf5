import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension; one file at a time, as each launches a
// browser and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
