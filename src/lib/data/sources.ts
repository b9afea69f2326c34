/**
 * `/data/sources.json` and `.csv`: every source of every published article,
 * one record each, so a researcher can trace a claim to where it came from
 * (and to its archived copy when the original is gone).
 */
import type { ArticleData } from '../content/schema.ts';
import type { UrlSettings } from '../metadata/public-url.ts';
import { publicUrl } from '../metadata/public-url.ts';
import { articleSources } from '../pages/corrections.ts';
import { publishedArticles, type Item } from '../pages/queries.ts';
import { articlePath } from '../pages/urls.ts';
import { csvParts, type CsvColumn } from './csv.ts';

/** One source of one article; fields it does not give are null. */
export interface SourceRecord {
  /** Article id: `2020/10/qatar-mou-breach`. */
  article: string;
  /** The article's page. */
  article_url: string;
  /** 1-based place in the article's list of sources (the single `source` first). */
  position: number;
  name: string;
  url: string | null;
  date: string | null;
  archived_url: string | null;
  note: string | null;
}

/** Sources of the published articles, newest article first (as the site lists them), each in its own order. */
export function sourceRecords(articles: ReadonlyArray<Item<ArticleData>>, settings: UrlSettings): SourceRecord[] {
  return publishedArticles(articles).flatMap((article) =>
    articleSources(article.data).map((source, index) => ({
      article: article.id,
      article_url: publicUrl(settings, articlePath(article.id)),
      position: index + 1,
      name: source.name,
      url: source.url ?? null,
      date: source.date ?? null,
      archived_url: source.archived_url ?? null,
      note: source.note ?? null,
    })),
  );
}

const FIELDS = ['article', 'article_url', 'position', 'name', 'url', 'date', 'archived_url', 'note'] as const satisfies ReadonlyArray<
  keyof SourceRecord
>;

/** The CSV columns: the JSON fields in the same order. */
const SOURCE_COLUMNS: ReadonlyArray<CsvColumn<SourceRecord>> = FIELDS.map((name) => ({
  name,
  value: (record: SourceRecord) => record[name],
}));

/** `/data/sources.csv`, a record at a time (`csvParts`). */
export function sourcesCsv(records: Iterable<SourceRecord>): Iterable<string> {
  return csvParts(SOURCE_COLUMNS, records);
}
