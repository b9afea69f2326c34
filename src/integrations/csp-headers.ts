/** Writes the site's Content Security Policy into dist/_headers after the build (see src/lib/security/csp.ts). */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPolicyToHeaders, mergePolicies, metaPolicies } from '../lib/security/csp.ts';

export function cspHeaders(): AstroIntegration {
  return {
    name: 'marsad:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // admin/ has its own policy (src/lib/cms/admin-page.ts); merging it here would loosen every page's.
        const pages = (readdirSync(root, { recursive: true }) as string[])
          .filter((file) => file.endsWith('.html') && !file.startsWith(`admin${path.sep}`))
          .sort();
        const policies = pages.flatMap((file) => metaPolicies(documentHead(path.join(root, file))));
        const headersFile = path.join(root, '_headers');
        let headers = '';
        try {
          headers = readFileSync(headersFile, 'utf8');
        } catch {
          headers = '';
        }
        writeFileSync(headersFile, addPolicyToHeaders(headers, mergePolicies(policies)));
        logger.info(`Content-Security-Policy from ${pages.length} pages written to _headers`);
      },
    },
  };
}

/** The start of a page up to the end of its <head>, where a policy <meta> must be: reading the whole of 10,000 pages cost seconds. */
function documentHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(HEAD_CHUNK);
      const read = readSync(descriptor, chunk);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      // Bytes, not text, are searched: a chunk may end inside an Arabic letter.
      if (chunk.subarray(0, read).includes('</head>')) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

const HEAD_CHUNK = 16 * 1024;
