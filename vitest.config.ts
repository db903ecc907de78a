/** Unit, component and pure-pipeline tests (tiers 1–3 of DESIGN.md). E2E lives in vitest.e2e.config.ts. */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{entrypoints,components,hooks,utils,tests,scripts}/**/__tests__/**/*.test.{ts,tsx}'],
    // jsdom, not happy-dom: under happy-dom DOMPurify silently keeps <script> and handlers (its
    // node walk misbehaves there), which would make every sanitizer test meaningless.
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
