/** The machine-readable form of the mention index (`npm run mentions`). */
import type { MentionIndex } from './mention-index.ts';

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
  const ids = [...index.articles.keys()].sort();
  return ids.flatMap((id) =>
    (index.articles.get(id)?.scan.body ?? []).map(({ entity, line, column, text }) => ({ article: id, entity, line, column, text })),
  );
}
