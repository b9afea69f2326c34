/**
 * `redirect_from`: an old id must not be the id of a file that exists (the
 * redirect would hide its page, or the page the redirect), and only one file
 * may claim it (an old address leads to one page). Problems sit on the
 * `redirect_from` line that lists the id. Drafts count: a draft that keeps an
 * id will one day publish a page there.
 */
import type { Corpus, Entry } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
import type { CollectionName } from '../content/schema.ts';
import { say } from '../messages/format.ts';

type Listed = Pick<Entry<CollectionName, unknown>, 'collection' | 'id' | 'displayPath' | 'locate'> & {
  data: { redirect_from?: readonly string[] | undefined };
};

/** The problems of every `redirect_from` of the corpus, in reading order. */
export function checkRedirects(corpus: Pick<Corpus, 'articles' | 'actors' | 'agreements' | 'invalid'>): Problem[] {
  const files: Listed[] = [...corpus.articles, ...corpus.actors, ...corpus.agreements];
  // A file that failed its schema still has its page's address: nothing may redirect from it.
  const live = new Map<string, string>();
  for (const file of [...files, ...corpus.invalid]) live.set(`${file.collection}/${file.id}`, file.displayPath);

  const claimed = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    (file.data.redirect_from ?? []).forEach((id, index) => {
      const key = `${file.collection}/${id}`;
      const at = () => file.locate(['redirect_from', index]);
      const owner = live.get(key);
      if (owner !== undefined) {
        problems.push(problemFrom(file.displayPath, at(), say('redirect-id-live', { id, collection: file.collection, file: owner })));
        return;
      }
      const other = claimed.get(key);
      if (other !== undefined) problems.push(problemFrom(file.displayPath, at(), say('redirect-id-claimed', { id, other })));
      else claimed.set(key, file.displayPath);
    });
  }
  return problems;
}
