/**
 * Sources and corrections as pages show them: the sources of one article in
 * the order readers should see them, its corrections newest first with an
 * anchor each, and every correction of the archive for /corrections/ and its
 * feed. Pages and feeds take these lists and never sort on their own.
 */
import type { ArticleData, CitedSource } from '../content/schema.ts';
import type { Item } from './queries.ts';
import { articlePath } from './urls.ts';

/** One correction as the article page and the corrections list show it. */
export interface CorrectionNotice {
  /** The fragment of the notice on the article page: stable while corrections are only added. */
  anchor: string;
  /** `YYYY-MM-DD` */
  date: string;
  text: string;
}

/** One correction of the archive, with the article it corrects. */
export interface CorrectionEntry extends CorrectionNotice {
  articleId: string;
  title: string;
  lang: ArticleData['lang'];
  /** The article's page with the notice's fragment, relative to the base path. */
  path: string;
}

/**
 * Every source of an article: the single `source` first (the one it reports
 * from, kept for files written before `sources`), then `sources` in file order.
 */
export function articleSources(data: Pick<ArticleData, 'source' | 'sources'>): CitedSource[] {
  return data.source ? [data.source, ...data.sources] : [...data.sources];
}

/**
 * An article's corrections, newest first. The anchor comes from the date, with
 * `-2`, `-3` … for a second or third correction of one day in file order, so
 * adding a correction never moves the anchor a feed or a citation already uses.
 */
export function articleCorrections(data: Pick<ArticleData, 'corrections'>): CorrectionNotice[] {
  const seen = new Map<string, number>();
  const notices = data.corrections.map((correction, index) => {
    const count = (seen.get(correction.date) ?? 0) + 1;
    seen.set(correction.date, count);
    return {
      notice: { anchor: `correction-${correction.date}${count === 1 ? '' : `-${count}`}`, date: correction.date, text: correction.text },
      index,
    };
  });
  // Newest first; on one day the later in the file first, as it was written later.
  notices.sort((a, b) => (a.notice.date === b.notice.date ? b.index - a.index : a.notice.date < b.notice.date ? 1 : -1));
  return notices.map(({ notice }) => notice);
}

/** The day of an article's newest correction, or undefined when it has none. */
export function newestCorrection(data: Pick<ArticleData, 'corrections'>): string | undefined {
  return articleCorrections(data)[0]?.date;
}

/**
 * Every correction of the published articles, newest first; on one day the
 * newer article first, then by article id, so the order never depends on the
 * file system. Drafts are not public, nor are their corrections.
 */
export function correctionEntries(articles: ReadonlyArray<Item<ArticleData>>): CorrectionEntry[] {
  const entries = articles
    .filter((article) => !article.data.draft)
    .flatMap((article) =>
      articleCorrections(article.data).map((notice, order) => ({
        entry: {
          ...notice,
          articleId: article.id,
          title: article.data.title,
          lang: article.data.lang,
          path: `${articlePath(article.id)}#${notice.anchor}`,
        },
        articleDate: article.data.date,
        order,
      })),
    );
  entries.sort(
    (a, b) =>
      compareDesc(a.entry.date, b.entry.date) ||
      compareDesc(a.articleDate, b.articleDate) ||
      (a.entry.articleId === b.entry.articleId ? a.order - b.order : a.entry.articleId < b.entry.articleId ? -1 : 1),
  );
  return entries.map(({ entry }) => entry);
}

const compareDesc = (a: string, b: string): number => (a === b ? 0 : a < b ? 1 : -1);
