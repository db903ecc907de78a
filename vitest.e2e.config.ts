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
    // expect.poll gives up after 1 s by default: too short for a browser on 2 busy cores, where
    // injecting and extracting can take a few seconds. A wrong final value still fails, just later.
    expect: { poll: { timeout: 15_000 } },
  },
});
