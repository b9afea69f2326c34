/** The Arabic words of the graph: relation names, counts and accessible descriptions. */
import { numberFormat } from '../format/intl.ts';
import { ARTICLES, plural, type PluralForms } from '../format/plural.ts';
import { kindLabel } from './kinds.ts';
import type { EdgeType, EntityNode } from './types.ts';

/** «كيان واحد»، «كيانان»، «3 كيانات»، «11 كيانًا»، «100 كيان» */
export const ENTITIES: PluralForms = {
  zero: () => 'لا كيانات',
  one: () => 'كيان واحد',
  two: () => 'كيانان',
  few: (n) => `${n} كيانات`,
  many: (n) => `${n} كيانًا`,
  other: (n) => `${n} كيان`,
};

/** «صلة واحدة»، «صلتان»، «3 صلات»، «11 صلة» */
export const RELATIONS: PluralForms = {
  zero: () => 'لا صلات',
  one: () => 'صلة واحدة',
  two: () => 'صلتان',
  few: (n) => `${n} صلات`,
  many: (n) => `${n} صلة`,
  other: (n) => `${n} صلة`,
};

/** A bare number in the site's digits (`ar-EG` writes Arabic-Indic ones). */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

/** «خبر واحد»، «خبرين»، «3 أخبار»: the count after «في», where the dual takes its genitive form. */
const ARTICLES_AFTER_PREPOSITION: PluralForms = { ...ARTICLES, two: () => 'خبرين' };

/** How the network's threshold for co-mentions reads: «في خبرين أو أكثر». */
export function coMentionThreshold(minShared: number, locale: string): string {
  return minShared <= 1 ? 'في خبر واحد على الأقل' : `في ${plural(minShared, ARTICLES_AFTER_PREPOSITION, locale)} أو أكثر`;
}

/** What each edge type is called in the legend. */
export const EDGE_TYPE_LABEL: Record<EdgeType, string> = {
  party: 'طرف في اتفاق',
  witness: 'شاهد على اتفاق أو راعٍ له',
  affiliation: 'انتماء',
  'co-mention': 'ورود في الأخبار نفسها',
};

/**
 * A relation seen from one of its ends. Party and witness edges run from the
 * agreement to the actor, affiliation edges from the member to the body, so
 * the same edge reads differently from each end.
 */
export function relationLabel(type: EdgeType, fromSource: boolean): string {
  switch (type) {
    case 'party':
      return fromSource ? 'الأطراف' : 'طرف في';
    case 'witness':
      return fromSource ? 'الشهود والرعاة' : 'شاهد على';
    case 'affiliation':
      return fromSource ? 'ينتمي إلى' : 'ينتمي إليه';
    case 'co-mention':
      return 'يَرِد معه في الأخبار';
  }
}

/** The accessible name of a node: «خليفة حفتر، شخصية، 7 أخبار». */
export function nodeTitle(node: EntityNode, locale: string): string {
  return `${node.name}، ${kindLabel(node)}، ${plural(node.mentions, ARTICLES, locale)}`;
}
