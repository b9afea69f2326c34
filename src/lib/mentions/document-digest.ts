/**
 * The digest of everything a scan reads of a document, in a module of its
 * own: the search index's thread checks the texts it reads again with it
 * (src/lib/search/stored-text.ts) without loading the matcher.
 */
import { createHash } from 'node:crypto';

export interface DigestedDocument {
  title: string;
  body: string;
  bodyLine: number;
  date?: string | undefined;
  named: readonly string[];
}

export function documentDigest({ title, body, bodyLine, date = '', named }: DigestedDocument): string {
  return createHash('sha1')
    .update(`${bodyLine}\0${date}\0${named.join(' ')}\0${title}\0${body}`)
    .digest('base64');
}
