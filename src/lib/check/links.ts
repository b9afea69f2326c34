/**
 * Link targets a contributor may write: web pages (http, https), e-mail
 * (mailto) and paths within the site. Anything else (javascript:, data:,
 * file:, vbscript: …) can run code or leak data in a reader's browser.
 */
import type { Corpus } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
import { entityKey } from '../entities/registry.ts';
import { say } from '../messages/format.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Whether a link target is one readers can safely follow. */
export function isSafeLinkTarget(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so compare without them.
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const scheme = SCHEME.exec(compact)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

export function checkLinks(corpus: Corpus, index: MentionIndex): Problem[] {
  const documents = [
    ...corpus.articles.map((article) => ({ file: article.displayPath, links: index.articles.get(article.id)?.scan.links ?? [] })),
    ...[...corpus.actors, ...corpus.agreements].map((entity) => ({
      file: entity.displayPath,
      links: index.descriptions.get(entityKey(entity))?.links ?? [],
    })),
  ];
  const problems: Problem[] = [];
  for (const { file, links } of documents) {
    for (const link of links) {
      if (isSafeLinkTarget(link.url)) continue;
      problems.push(problemFrom(file, link, say('unsafe-link', { url: link.url.slice(0, 60) })));
    }
  }
  return problems;
}
