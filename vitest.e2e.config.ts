/**
 * End-to-end tests: the built extension in Debian's headless Chromium (playwright-core) and
 * Firefox ESR (puppeteer-core over WebDriver BiDi). One browser at a time: this machine has 2 cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: 0,
  },
});
