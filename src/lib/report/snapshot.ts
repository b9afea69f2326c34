/**
 * What the pull-request report compares: one side (the base or HEAD) of a
 * content root, reduced to the facts a reviewer cares about. Built from a
 * site index, so both sides are read by the same code as the build.
 */
import { createHash } from 'node:crypto';
import type { Corpus, Entry } from '../content/corpus.ts';
import type { CollectionName } from '../content/schema.ts';
import { entityKey } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';

/** `articles/2020/10/x`, `actors/qatar`: a collection and an id. */
export type FileKey = `${CollectionName}/${string}`;

export interface FileFacts {
  key: FileKey;
  collection: CollectionName;
  id: string;
  /** An article's title, an entity's name. */
  title: string;
  /** The article's day, an agreement's signature: where it sits on the timeline. */
  date: string | undefined;
  draft: boolean;
  /** Old ids the file lists. */
  redirectFrom: readonly string[];
  /** Of everything the file says except `redirect_from`, so that a rename alone is not a change. */
  digest: string;
}

/** One mention of an entity in a published article. */
export interface MentionFact {
  entity: string;
  article: string;
  line: number;
  /** The words as the text writes them. */
  text: string;
}

export interface Snapshot {
  files: ReadonlyMap<FileKey, FileFacts>;
  mentions: readonly MentionFact[];
  /** Published articles listed on each entity's page (mentions or names it). */
  backlinks: ReadonlyMap<string, readonly string[]>;
}

type AnyEntry = Entry<CollectionName, { redirect_from?: readonly string[] | undefined; draft?: boolean }>;

function factsOf(entry: AnyEntry, title: string, date: string | undefined): FileFacts {
  const { redirect_from: redirectFrom = [], ...rest } = entry.data;
  const digest = createHash('sha1').update(JSON.stringify(rest)).update('\0').update(entry.body).digest('base64');
  return {
    key: `${entry.collection}/${entry.id}`,
    collection: entry.collection,
    id: entry.id,
    title,
    date,
    draft: entry.data.draft === true,
    redirectFrom,
    digest,
  };
}

/** The snapshot of a loaded corpus and its mention index. */
export function takeSnapshot(corpus: Pick<Corpus, 'articles' | 'actors' | 'agreements'>, mentions: MentionIndex): Snapshot {
  const files = new Map<FileKey, FileFacts>();
  for (const article of corpus.articles) files.set(`articles/${article.id}`, factsOf(article, article.data.title, article.data.date));
  for (const actor of corpus.actors) files.set(`actors/${actor.id}`, factsOf(actor, actor.data.name, undefined));
  for (const agreement of corpus.agreements)
    files.set(`agreements/${agreement.id}`, factsOf(agreement, agreement.data.name, agreement.data.signed));

  const list: MentionFact[] = [];
  for (const article of corpus.articles) {
    if (article.data.draft) continue;
    const scan = mentions.articles.get(article.id)?.scan;
    if (!scan) continue;
    const titleLine = article.locate(['title']).line;
    for (const entity of scan.title) list.push({ entity, article: article.id, line: titleLine, text: article.data.title });
    for (const mention of scan.body) list.push({ entity: mention.entity, article: article.id, line: mention.line, text: mention.text });
  }
  const backlinks = new Map<string, string[]>();
  for (const entity of [...corpus.actors, ...corpus.agreements]) {
    const key = entityKey(entity);
    backlinks.set(
      key,
      mentions.backlinks(key).map((backlink) => backlink.article),
    );
  }
  return { files, mentions: list, backlinks };
}
