/**
 * Serves the generated benchmark pages, and the files they load (their images), from memory on
 * 127.0.0.1 (a free port). The E2E harness's server serves files from disk; these pages exist only
 * in memory, so they get this small one.
 */
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import type { BenchPage } from './pages';

export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The URL of a page; `query` makes it unique (tab lookups go by URL). */
  url(page: BenchPage, query: string): string;
  stop(): Promise<void>;
}

export async function servePages(pages: readonly BenchPage[]): Promise<PageServer> {
  const files = new Map<string, { type: string; body: string | Buffer }>();
  for (const p of pages) {
    files.set(`/${p.slug}.html`, { type: 'text/html; charset=utf-8', body: p.html });
    for (const [path, asset] of p.assets ?? []) files.set(path, asset);
  }
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.writeHead(file === undefined ? 404 : 200, { 'content-type': file?.type ?? 'text/plain', 'cache-control': 'no-store' });
    response.end(file?.body ?? 'Not found');
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page, query) => `${origin}/${page.slug}.html?${query}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
