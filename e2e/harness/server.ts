/**
 * The fixture web server for E2E tests: a plain `node:http` static server on 127.0.0.1 with a
 * free port, so tests never touch the network and several runs never collide. It serves two
 * roots under one origin:
 *   /e2e/<file>        from e2e/pages/          (pages written for browser tests)
 *   /pages/<slug>/...  from tests/pages/         (extraction fixtures: tests/pages/<slug>/source.html)
 *   /hold/<anything>   an empty answer at once, or, while `hold(true)`, headers and then nothing
 *                      until the server stops (a page that never finishes loading)
 * `stop()` closes it, which is how an offline test makes the origin unreachable.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is e2e/harness/server.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** URL prefix → folder it serves. */
const ROOTS: Record<string, string> = {
  '/e2e/': join(REPO_ROOT, 'e2e', 'pages'),
  '/pages/': join(REPO_ROOT, 'tests', 'pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface FixtureServer {
  /** The origin, e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly origin: string;
  /** URL of a page in e2e/pages/ (`name` like `hindi-news.html`); `query` makes the URL unique per test. */
  page(name: string, query?: string): string;
  /** URL of an extraction fixture, tests/pages/<slug>/source.html. */
  fixture(slug: string, query?: string): string;
  /**
   * While on, requests under /hold/ get their headers and then nothing more (a script or image
   * that never arrives); off (the default), an empty answer at once.
   */
  hold(on: boolean): void;
  /** Closes the server (idempotent); afterwards the origin refuses connections. */
  stop(): Promise<void>;
}

/** Maps a request path to a file inside one of the roots, or null (never escapes a root). */
function resolvePath(pathname: string): string | null {
  for (const [prefix, dir] of Object.entries(ROOTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    const file = resolve(dir, relative);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/** Starts a server on 127.0.0.1 with an OS-chosen port. */
export async function startServer(): Promise<FixtureServer> {
  let holding = false;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/hold/')) {
        response.writeHead(200, {
          'content-type': TYPES[extname(url.pathname).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        // Held: the body never comes; stop() closes the connection.
        if (holding) response.flushHeaders();
        else response.end();
        return;
      }
      let file = resolvePath(url.pathname);
      try {
        if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
        if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    })();
  });
  // Keep-alive sockets would hold stop() open until the browser drops them.
  server.keepAliveTimeout = 1;
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | null = null;
  const withQuery = (path: string, query?: string) => (query ? `${path}?${query}` : path);
  return {
    origin,
    page: (name, query) => withQuery(`${origin}/e2e/${name}`, query),
    fixture: (slug, query) => withQuery(`${origin}/pages/${slug}/source.html`, query),
    hold(on) {
      holding = on;
    },
    stop() {
      stopped ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
