import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension; one file at a time, as each launches a
// browser and the machines have two cores.
export default defineConfig({
  // The real-page parity test reads pages with lib/sites (the CLI's way) beside the browser: lib's `@/` imports.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    // A loaded machine (CI shares two cores) can take seconds to repaint: poll longer than the 1 s default.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
