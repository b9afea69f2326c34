/** Writes the site's Content Security Policy into dist/_headers after the build (see src/lib/security/csp.ts). */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../lib/config/settings.ts';
import { addPolicyToHeaders, mergePolicies } from '../lib/security/csp.ts';
import { pagePolicies } from '../lib/security/page-policies.ts';

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
        const policies = pagePolicies(root, pages, cacheFolder());
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
