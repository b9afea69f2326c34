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
        // Pages share a few policies: each is kept once, not once a page.
        const policies = new Set<string>();
        for (const file of pages) for (const policy of metaPolicies(documentHead(path.join(root, file)))) policies.add(policy);
        const headersFile = path.join(root, '_headers');
        let headers = '';
        try {
          headers = readFileSync(headersFile, 'utf8');
        } catch {
          headers = '';
        }
        writeFileSync(headersFile, addPolicyToHeaders(headers, mergePolicies([...policies])));
        logger.info(`Content-Security-Policy from ${pages.length} pages written to _headers`);
      },
    },
  };
}

/**
 * The start of a page up to the end of its <head>, where a policy <meta> must
 * be: reading the whole of 10,000 pages cost seconds. One buffer serves every
 * page: at 100,000 pages a buffer each, in a build holding gigabytes, kept the
 * garbage collector busy for minutes.
 */
function documentHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    let filled = 0;
    while (filled < headBuffer.length) {
      const read = readSync(descriptor, headBuffer, filled, headBuffer.length - filled, null);
      if (read === 0) break;
      // Bytes, not text, are searched: a read may end inside an Arabic letter.
      const searchFrom = Math.max(0, filled - HEAD_END.length);
      filled += read;
      if (headBuffer.subarray(searchFrom, filled).includes(HEAD_END)) return headBuffer.toString('utf8', 0, filled);
    }
    // No </head> in the first HEAD_BYTES: the whole page is read, so that no policy is missed.
    return filled < headBuffer.length ? headBuffer.toString('utf8', 0, filled) : readFileSync(file, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}

const HEAD_END = '</head>';
const HEAD_BYTES = 64 * 1024;
const headBuffer = Buffer.alloc(HEAD_BYTES);
