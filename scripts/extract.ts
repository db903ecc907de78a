/**
 * Extraction CLI: one JSON line per file, for debugging, fixtures and batch runs.
 *
 *   npm run -s extract -- [--url URL] [--removed] FILE…
 *
 * `--removed` adds what the cleanup steps took out and why (`removed`: each block's step, reason,
 * text, sanitized markup and place; each step's share; the guards that fired).
 *
 * URL: `--url`, else the page's canonical/og:url, else a file: URL. Pages are parsed with jsdom
 * one at a time and freed, so hundreds of files run in one process in bounded memory.
 */
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../utils/extract/index';
import { loadPage } from './lib/load-page';

function main(): void {
  const args = process.argv.slice(2);
  let url: string | undefined;
  let removed = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i];
    else if (args[i] === '--removed') removed = true;
    else files.push(args[i]!);
  }
  if (!files.length) {
    console.error('usage: extract [--url URL] [--removed] FILE…');
    process.exit(2);
  }
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      const page = loadPage(file, url);
      const start = performance.now();
      const result = extractArticle(page.doc, page.url);
      const ms = Math.round((performance.now() - start) * 10) / 10;
      page.close();
      if (result.ok) {
        const a = result.value.article;
        line = {
          file,
          ok: true,
          title: a.title,
          byline: a.byline,
          siteName: a.siteName,
          publishedTime: a.publishedTime,
          lang: a.lang,
          dir: a.dir,
          excerpt: a.excerpt,
          leadImage: a.leadImage,
          text: a.text,
          html: a.html,
          wordCount: a.wordCount,
          readingMinutes: a.readingMinutes,
          ms,
          ...(removed ? { removed: result.value.removed } : {}),
        };
      } else {
        line = { file, ok: false, reason: result.error, detail: result.message };
      }
    } catch (error) {
      // An unreadable file is a result for that file, not the end of the batch.
      line = { file, ok: false, reason: 'unreadable', detail: String((error as Error).message ?? error) };
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}

main();
