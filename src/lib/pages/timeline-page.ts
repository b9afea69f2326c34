/**
 * One month of the timeline: everything its page shows, so its cache key
 * digests exactly that.
 */
import type { AgreementData, ArticleData } from '../content/schema.ts';
import type { SiteIndex } from '../site-index.ts';
import { groupByMonth, timelineItems, type TimelineMonth } from '../timeline/items.ts';
import type { Item } from './queries.ts';
import { searchDialogChoices, type SearchDialogChoices } from './search-dialog.ts';

/** A month the pager links to. */
interface MonthLink {
  /** `2020-10` */
  key: string;
  path: string;
}

export interface TimelineMonthProps {
  month: TimelineMonth;
  previous: MonthLink | undefined;
  next: MonthLink | undefined;
  searchDialog: SearchDialogChoices;
}

/** Every month that has an article or an agreement, oldest first, each with its neighbours. */
export function timelineMonthsProps(
  site: SiteIndex,
  articles: readonly Item<ArticleData>[],
  agreements: readonly Item<AgreementData>[],
): TimelineMonthProps[] {
  const searchDialog = searchDialogChoices(site);
  const months = groupByMonth(timelineItems(articles, agreements));
  const link = (other: TimelineMonth | undefined): MonthLink | undefined => other && { key: other.key, path: other.path };
  return months.map((month, index) => ({ month, previous: link(months[index - 1]), next: link(months[index + 1]), searchDialog }));
}
