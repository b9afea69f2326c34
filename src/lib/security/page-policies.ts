/**
 * The Content Security Policies the built pages declare in their <meta>,
 * read from each page's head. A page the build did not write again (Astro's
 * incremental build leaves it where it was) declares what it declared last
 * time: its policies are kept in the cache under the file's identity (its
 * inode, size and modification time in nanoseconds), so a one-article
 * rebuild at 10,000 articles reads the heads of the pages it wrote, not of
 * all 11,500 (1.3 s of its time).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { keptMemo, type KeptWork } from '../build/kept-work.ts';
import { metaPolicies } from './csp.ts';

const PAGE_POLICIES: KeptWork = { prefix: 'page-policies-', code: ['security/csp.ts', 'security/page-policies.ts'], packages: [] };

/**
 * Each distinct policy declared by the pages `files` (paths under `root`),
 * once. The memo holds, under a page's identity, the digests of its
 * policies, and under each digest the policy's text: read back, a text kept
 * with every page would be a copy a page (at 100,000 pages, some 150 MB).
 */
export function pagePolicies(root: string, files: readonly string[], cacheDir: string): Set<string> {
  const memo = keptMemo<string[]>(PAGE_POLICIES, cacheDir);
  const digests = new Set<string>();
  for (const file of files) {
    const at = path.join(root, file);
    const stat = statSync(at, { bigint: true });
    const identity = `page\0${file}\0${stat.ino}\0${stat.size}\0${stat.mtimeNs}`;
    const declared = memo.get(identity, () =>
      metaPolicies(documentHead(at)).map((policy) => {
        const digest = createHash('sha1').update(policy).digest('base64');
        memo.get(`policy\0${digest}`, () => [policy]);
        return digest;
      }),
    );
    for (const digest of declared) digests.add(digest);
  }
  const policies = new Set<string>();
  for (const digest of digests) {
    const [policy] = memo.peek(`policy\0${digest}`) ?? [];
    // A digest without its text: the memo file was cut short, so the pages are read again, without it.
    if (policy === undefined) return readAgain(root, files);
    policies.add(policy);
  }
  return policies;
}

function readAgain(root: string, files: readonly string[]): Set<string> {
  return new Set(files.flatMap((file) => metaPolicies(documentHead(path.join(root, file)))));
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
