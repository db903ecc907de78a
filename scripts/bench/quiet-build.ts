/**
 * WXT's programmatic build without its report and spinner (which it writes straight to stdout),
 * so a benchmark's own tables stay readable. Inline options override wxt.config.ts (outDir, mode,
 * extra Vite settings such as `build.sourcemap`).
 */
import { build, type InlineConfig } from 'wxt';

export async function quietBuild(options: InlineConfig): Promise<void> {
  const log = console.log;
  const write = process.stdout.write;
  const quiet = () => undefined;
  console.log = quiet;
  process.stdout.write = () => true;
  try {
    const logger = {
      level: 0,
      debug: quiet,
      log: quiet,
      info: quiet,
      success: quiet,
      warn: console.warn,
      error: console.error,
      fatal: console.error,
    };
    await build({ ...options, logger });
  } finally {
    console.log = log;
    process.stdout.write = write;
  }
}
