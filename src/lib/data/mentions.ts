/**
 * `/data/mentions.json` and `.csv`: the records of `npm run --silent mentions`,
 * limited to published articles, since a draft's text is not public.
 */
import type { MentionIndex } from '../mentions/mention-index.ts';
import { eachMentionRecord, type MentionRecord } from '../mentions/records.ts';
import { csvParts, type CsvColumn } from './csv.ts';

/** Body mentions of published articles, by article id, then position, one at a time. */
export function publishedMentionRecords(index: MentionIndex): Generator<MentionRecord> {
  return eachMentionRecord(index, (article) => !article.draft);
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
