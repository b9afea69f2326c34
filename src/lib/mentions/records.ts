/** The machine-readable form of the mention index (`npm run mentions`). */
import type { IndexedArticle, MentionIndex } from './mention-index.ts';

export interface MentionRecord {
  /** Article id, its path under articles/ without `.md`. */
  article: string;
  /** `actors/<id>` or `agreements/<id>`. */
  entity: string;
  /** 1-based line in the source file. */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  column: number;
  /** The surface form as written, without its proclitics. */
  text: string;
}

/** Body mentions only, by article id, then position. */
export function mentionRecords(index: MentionIndex): MentionRecord[] {
  return [...eachMentionRecord(index)];
}

/**
 * The records of `mentionRecords`, one at a time (at 100,000 articles they
 * are millions), of the articles `include` accepts.
 */
export function* eachMentionRecord(
  index: MentionIndex,
  include: (article: IndexedArticle) => boolean = () => true,
): Generator<MentionRecord> {
  for (const id of [...index.articles.keys()].sort()) {
    const article = index.articles.get(id);
    if (article === undefined || !include(article)) continue;
    for (const { entity, line, column, text } of article.scan.body) yield { article: id, entity, line, column, text };
  }
}
