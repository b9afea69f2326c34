/** Serves dist/ on loopback the way a static host does, under the configured base path. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/** Text formats a static host or CDN compresses. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

/** `compress`: gzip text responses as a production host does (for measurements such as Lighthouse). */
export async function serveStatic(root: string, basePath = '/', options: { compress?: boolean } = {}): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(basePath) ? resolveFile(root, pathname.slice(basePath.length)) : undefined;
    const target = file ?? resolveFile(root, '404.html');
    const extension = path.extname(target ?? '');
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
    if (target && options.compress && COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(file ? 200 : 404, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipSync(readFileSync(target)));
      return;
    }
    response.writeHead(file ? 200 : 404, headers);
    if (target) createReadStream(target).pipe(response);
    else response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(root: string, relative: string): string | undefined {
  const candidate = path.join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}
