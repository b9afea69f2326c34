/**
 * `/data/mentions.json` and `.csv`: the records of `npm run --silent mentions`,
 * limited to published articles, since a draft's text is not public.
 */
import type { MentionIndex } from '../mentions/mention-index.ts';
import type { MentionRecord } from '../mentions/records.ts';
import { csvParts, type CsvColumn } from './csv.ts';

/**
 * Body mentions of published articles, by article id, then position, as
 * `mentionRecords` gives them; made one at a time, since at 100,000 articles
 * they are millions.
 */
export function* publishedMentionRecords(index: MentionIndex): Generator<MentionRecord> {
  for (const id of [...index.articles.keys()].sort()) {
    const article = index.articles.get(id);
    if (article === undefined || article.draft) continue;
    for (const { entity, line, column, text } of article.scan.body) yield { article: id, entity, line, column, text };
  }
}

/** The fields of a mention record, in the order of the JSON and the CSV. */
export const MENTION_FIELDS = ['article', 'entity', 'line', 'column', 'text'] as const;

/** The CSV columns: the JSON fields in the same order. */
const MENTION_COLUMNS: ReadonlyArray<CsvColumn<MentionRecord>> = MENTION_FIELDS.map((name) => ({
  name,
  value: (record: MentionRecord) => record[name],
}));

/** `/data/mentions.csv`, a record at a time (`csvParts`). */
export function mentionsCsv(records: Iterable<MentionRecord>): Iterable<string> {
  return csvParts(MENTION_COLUMNS, records);
}
