/**
 * Serves dist/playground on 127.0.0.1 (PORT, default 3000; 0 picks a free port) and prints the
 * address. Static files only, nothing outside the folder, never cached: a rebuild shows at once.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export type PlaygroundServer = { url: string; port: number; close(): Promise<void> };

export function startPlaygroundServer(options: { root: string; port?: number; host?: string }): Promise<PlaygroundServer> {
  const root = normalize(options.root);
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${relative(root, file) || path}\n`);
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(import.meta.dirname, '..', 'dist', 'playground');
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/playground is missing: run `npm start` (or `npx tsx scripts/build-playground.ts`) first.');
    process.exit(1);
  }
  startPlaygroundServer({ root, port }).then(
    ({ url }) => {
      console.log(`\nRelance playground: ${url}`);
      console.log('A simulated Outlook mailbox (Atelier Lumen) with the real task pane beside it. Ctrl+C to stop.');
      console.log(`The same mailbox in a simulated Gmail, with the real Gmail add-on: ${url}gmail.html`);
      console.log(`Pin the day with ${url}?today=2026-03-09 ; the switches are in the left column.\n`);
    },
    (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with another one, e.g. PORT=3001 npm start` : `Cannot serve the playground: ${error.message}`);
      process.exit(1);
    },
  );
}
