/**
 * The timeline: agreements and published articles on one axis, oldest first,
 * so the peace process reads as it unfolded. (The home page already lists the
 * newest news first.)
 */
import type { AgreementData, ArticleData } from '../content/schema.ts';
import { dateTimeFormat, numberFormat } from '../format/intl.ts';
import { AGREEMENT_KIND_LABEL } from '../content/labels.ts';
import { publishedArticles, type Item } from '../pages/queries.ts';
import { articlePath, entityPath } from '../pages/urls.ts';

/** One entry on the timeline: an agreement or a published article. */
export interface TimelineItem {
  type: 'agreement' | 'article';
  id: string;
  /** `YYYY-MM-DD`: an article's date, an agreement's signature. */
  date: string;
  title: string;
  /** The agreement's kind, or «خبر». */
  label: string;
  /** Site path of the page, without the base path. */
  path: string;
  lang: ArticleData['lang'];
}

/** The entries of one calendar year. */
export interface TimelineYear {
  year: number;
  items: TimelineItem[];
}

/** What an article is called on the timeline. */
export const ARTICLE_LABEL = 'خبر';

/**
 * Every agreement and every published article, oldest first. On the same day
 * the agreement comes before the news that reports it; ids break the remaining ties.
 */
export function timelineItems(articles: readonly Item<ArticleData>[], agreements: readonly Item<AgreementData>[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...agreements.map(({ id, data }): TimelineItem => ({
      type: 'agreement',
      id,
      date: data.signed,
      title: data.name,
      label: AGREEMENT_KIND_LABEL[data.kind],
      path: entityPath('agreements', id),
      lang: 'ar',
    })),
    ...publishedArticles(articles).map(({ id, data }): TimelineItem => ({
      type: 'article',
      id,
      date: data.date,
      title: data.title,
      label: ARTICLE_LABEL,
      path: articlePath(id),
      lang: data.lang,
    })),
  ];
  return items.sort(compareItems);
}

function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.type !== b.type) return a.type === 'agreement' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Items grouped by calendar year, in the order given (pass them sorted). */
export function groupByYear(items: readonly TimelineItem[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    const last = years.at(-1);
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return years;
}

/** A year in the site's digits, without a thousands separator: «2020», or «٢٠٢٠» for `ar-EG`. */
export function formatYear(year: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false }).format(year);
}

/** The entries of one calendar month: a page of the timeline. */
export interface TimelineMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** `2020-10`, as the charts name months. */
  key: string;
  /** Site path of the month's page: `timeline/2020/10/`. */
  path: string;
  items: TimelineItem[];
}

/**
 * Items grouped by calendar month, in the order given (pass them sorted).
 * The timeline is paged by month so that no page grows with the archive.
 * Only months that have items appear, so the pages cost what the items cost,
 * however many empty years lie between two of them.
 */
export function groupByMonth(items: readonly TimelineItem[]): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    const month = Number(item.date.slice(5, 7));
    const last = months.at(-1);
    if (last?.year === year && last.month === month) last.items.push(item);
    else
      months.push({
        year,
        month,
        key: item.date.slice(0, 7),
        path: `timeline/${item.date.slice(0, 4)}/${item.date.slice(5, 7)}/`,
        items: [item],
      });
  }
  return months;
}

/** A month's name alone: «أكتوبر». */
export function formatMonthName(month: number, locale: string): string {
  return dateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}
