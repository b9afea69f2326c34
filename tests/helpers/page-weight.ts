/**
 * What a reader downloads for one page before any interaction: the HTML and
 * the stylesheets and scripts it references, gzipped as a static host sends
 * them. Fonts and images are left out (they are cached across pages and
 * measured apart).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

/** Sizes in gzipped bytes; `sitePath` is relative to `dist`, `basePath` is stripped from asset URLs. */
export function pageWeight(dist: string, sitePath: string, basePath = '/'): PageWeight {
  const htmlFile = path.join(dist, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const assets = new Set<string>();
  for (const match of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"/g)) {
    const url = match[1] ?? match[2];
    if (url && url.startsWith(basePath)) assets.add(url.slice(basePath.length));
  }
  // Module scripts pull their imports in at once; count those too (not the ones loaded on demand).
  for (const asset of [...assets]) {
    if (!asset.endsWith('.js')) continue;
    const source = readFileSync(path.join(dist, asset), 'utf8');
    for (const match of source.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
      assets.add(path.posix.join(path.posix.dirname(asset), match[1] ?? ''));
  }
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  let css = 0;
  let js = 0;
  for (const asset of assets) {
    const size = gz(readFileSync(path.join(dist, asset)));
    if (asset.endsWith('.css')) css += size;
    else js += size;
  }
  const htmlSize = gz(html);
  return { html: htmlSize, css, js, total: htmlSize + css + js, files: [...assets].sort() };
}
