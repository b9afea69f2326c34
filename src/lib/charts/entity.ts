/** An entity's articles per month, on the same months for every entity so that charts compare. */
import type { EntityKey } from '../entities/registry.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import { monthlyCounts, monthOf, type MonthCount, type MonthRange } from './months.ts';

// Every entity's chart asks for the same range: computed once per index.
const ranges = new WeakMap<Pick<MentionIndex, 'articles'>, MonthRange | undefined>();

/** From the month of the first published article to that of the last. */
export function archiveRange(mentions: Pick<MentionIndex, 'articles'>): MonthRange | undefined {
  if (ranges.has(mentions)) return ranges.get(mentions);
  const range = computeArchiveRange(mentions);
  ranges.set(mentions, range);
  return range;
}

function computeArchiveRange(mentions: Pick<MentionIndex, 'articles'>): MonthRange | undefined {
  const months = [...mentions.articles.values()]
    .filter((article) => !article.draft)
    .map((article) => monthOf(article.date))
    .sort();
  const from = months[0];
  const to = months.at(-1);
  return from && to ? { from, to } : undefined;
}

/** Published articles that mention or name the entity, per month of the archive. */
export function mentionSeries(mentions: Pick<MentionIndex, 'articles' | 'backlinks'>, entity: EntityKey): MonthCount[] {
  const dates = mentions.backlinks(entity).map(({ date }) => date);
  return dates.length === 0 ? [] : monthlyCounts(dates, archiveRange(mentions));
}
