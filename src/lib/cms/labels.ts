/**
 * Arabic labels of the editor's fields and choices. The hints come from the
 * content schema's descriptions (src/lib/content/json-schema.ts); only the
 * short label a form shows above each field lives here.
 */
import { ACTOR_KIND_LABEL, AGREEMENT_KIND_LABEL, AGREEMENT_STATUS_LABEL } from '../content/labels.ts';
import type { CollectionName } from '../content/schema.ts';

export const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string }> = {
  articles: { label: 'الأخبار', singular: 'خبر' },
  actors: { label: 'الفاعلون', singular: 'فاعل' },
  agreements: { label: 'الاتفاقات', singular: 'اتفاق' },
};

/** Field labels by dotted path; a field missing here is a test failure (tests/unit/cms), not a silent English label. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'العنوان',
  date: 'التاريخ',
  summary: 'الملخص',
  lang: 'اللغة',
  actors: 'الفاعلون',
  agreements: 'الاتفاقات',
  tags: 'الوسوم',
  source: 'المصدر',
  'source.name': 'اسم المصدر',
  'source.url': 'رابط المصدر',
  'source.date': 'تاريخ المصدر',
  updated: 'تاريخ آخر تعديل',
  sources: 'المصادر',
  'sources.name': 'اسم المصدر',
  'sources.url': 'رابط المصدر',
  'sources.date': 'تاريخ المصدر',
  'sources.archived_url': 'رابط النسخة المؤرشفة',
  'sources.note': 'ملاحظة',
  corrections: 'التصحيحات',
  'corrections.date': 'تاريخ التصحيح',
  'corrections.text': 'نص التصحيح',
  draft: 'مسودة',
  autolink: 'ربط الإشارات تلقائياً',
  name: 'الاسم',
  name_en: 'الاسم بالإنجليزية',
  kind: 'النوع',
  aliases: 'أسماء أخرى',
  not: 'عبارات ليست هو',
  affiliations: 'يتبع',
  wikidata: 'ويكي بيانات',
  pax_id: 'معرّف PA-X',
  born: 'تاريخ الميلاد',
  founded: 'تاريخ التأسيس',
  dissolved: 'تاريخ الزوال',
  signed: 'تاريخ التوقيع',
  place: 'المكان',
  status: 'الوضع',
  parties: 'الأطراف',
  witnesses: 'الشهود والرعاة',
  related: 'اتفاقات ذات صلة',
  text_url: 'رابط النص',
  redirect_from: 'المعرّفات القديمة (تحويل)',
  body: 'النص',
};

/** Arabic names of the values of each enum, by collection and field ('other' differs between actors and agreements). */
const CHOICE_LABELS: Record<CollectionName, Readonly<Record<string, Readonly<Record<string, string>>>>> = {
  articles: { lang: { ar: 'العربية', en: 'الإنجليزية' } },
  actors: { kind: Object.fromEntries(Object.entries(ACTOR_KIND_LABEL).map(([value, label]) => [value, label.one])) },
  agreements: { kind: AGREEMENT_KIND_LABEL, status: AGREEMENT_STATUS_LABEL },
};

/** The label of one enum value, with the value itself so that reviewers can match it to the file. */
export function choiceLabel(collection: CollectionName, field: string, value: string): string {
  const label = CHOICE_LABELS[collection][field]?.[value];
  return label === undefined ? value : `${label} (${value})`;
}
