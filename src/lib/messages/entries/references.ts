/**
 * Ids that frontmatter lists: each must be a file of the right folder, once.
 * Raised by src/lib/check/references.ts and identity.ts.
 */
import { code, entry, q } from '../entry.ts';

type Collection = 'actors' | 'agreements';

const ONE_EN: Record<Collection, string> = { actors: 'actor', agreements: 'agreement' };
const A_EN: Record<Collection, string> = { actors: 'an actor', agreements: 'an agreement' };
const AMONG_AR: Record<Collection, string> = { actors: 'الفاعلين', agreements: 'الاتفاقات' };
const ONE_AR: Record<Collection, string> = { actors: 'فاعل', agreements: 'اتفاق' };
/** The same word after «ليس», in the accusative. */
const NOT_ONE_AR: Record<Collection, string> = { actors: 'فاعلاً', agreements: 'اتفاقاً' };
const other = (collection: Collection): Collection => (collection === 'actors' ? 'agreements' : 'actors');

/** What an entity would be to itself through each field, for "cannot be its own …". */
const RELATION_EN: Record<string, string> = {
  affiliations: 'affiliation',
  parties: 'party',
  witnesses: 'witness',
  related: 'related agreement',
};

export const REFERENCE_MESSAGES = {
  'unknown-id': entry<{ id: string; field: string; collection: Collection; suggestion: string | undefined }>({
    severity: 'error',
    area: 'references',
    sample: { id: 'khalifa-hafter', field: 'actors', collection: 'actors', suggestion: 'khalifa-haftar' },
    en: {
      title: 'Unknown id',
      message: ({ id, field, collection }) => `unknown ${ONE_EN[collection]} ${code(id)} in ${code(field)}`,
      hint: ({ id, collection, suggestion }) =>
        `there is no ${collection}/${id}.md; ${suggestion === undefined ? `add the file ${collection}/${id}.md or remove the id` : `did you mean ${code(suggestion)}?`}`,
    },
    ar: {
      title: 'معرّف غير موجود',
      message: ({ id, field, collection }) =>
        `المعرّف ${q(id)} في ${code(field)} غير موجود في ${AMONG_AR[collection]}: لا يوجد ملف ${collection}/${id}.md.`,
      hint: ({ id, collection, suggestion }) =>
        suggestion === undefined ? `أنشئ الملف ${collection}/${id}.md، أو احذف المعرّف.` : `هل تقصد ${q(suggestion)}؟`,
    },
  }),
  'wrong-folder-id': entry<{ id: string; field: string; is: Collection; inArticle: boolean }>({
    severity: 'error',
    area: 'references',
    sample: { id: 'geneva-ceasefire-2020', field: 'actors', is: 'agreements', inArticle: true },
    en: {
      title: 'Id in the wrong list',
      message: ({ id, is }) => `${code(id)} is ${A_EN[is]}, not ${A_EN[other(is)]}`,
      hint: ({ field, is, inArticle }) => (inArticle ? `move it to ${code(is)}` : `${code(field)} takes ${other(is)} ids`),
    },
    ar: {
      title: 'معرّف في القائمة الخطأ',
      message: ({ id, is }) => `${q(id)} ${ONE_AR[is]} وليس ${NOT_ONE_AR[other(is)]}.`,
      hint: ({ field, is, inArticle }) =>
        inArticle ? `انقله إلى ${code(is)}.` : `لا يُكتب في ${code(field)} إلا معرّفات ${AMONG_AR[other(is)]}.`,
    },
  }),
  'own-id': entry<{ id: string; field: string }>({
    severity: 'error',
    area: 'references',
    sample: { id: 'qatar', field: 'affiliations' },
    en: {
      title: 'Entry names itself',
      message: ({ id, field }) => `${code(field)} names this file's own id ${code(id)}`,
      hint: ({ field }) => `an entry cannot be its own ${RELATION_EN[field] ?? field.replace(/s$/, '')}`,
    },
    ar: {
      title: 'كيان يشير إلى نفسه',
      message: ({ id, field }) => `الحقل ${code(field)} يذكر ${q(id)}، وهو معرّف هذا الملف نفسه.`,
      hint: ({ id }) => `لا يشير الكيان إلى نفسه: احذف ${q(id)} من هذه القائمة.`,
    },
  }),
  'duplicate-id': entry<{ id: string; field: string }>({
    severity: 'warning',
    area: 'references',
    sample: { id: 'qatar', field: 'actors' },
    en: { title: 'Id listed twice', message: ({ id, field }) => `${code(id)} is listed twice in ${code(field)}`, hint: () => 'remove one' },
    ar: { title: 'معرّف مكرر', message: ({ id, field }) => `المعرّف ${q(id)} مكتوب مرتين في ${code(field)}.`, hint: () => 'احذف أحدهما.' },
  }),
  'id-taken': entry<{ id: string; other: string }>({
    severity: 'error',
    area: 'references',
    sample: { id: 'russia', other: 'content/actors/russia.md' },
    en: {
      title: 'Same id in two folders',
      message: ({ id, other: file }) => `the id ${code(id)} is already taken by ${file}`,
      hint: () => 'rename one of the two files so that each entity has its own id',
    },
    ar: {
      title: 'المعرّف نفسه في مجلدين',
      message: ({ id, other: file }) => `المعرّف ${q(id)} مستخدم من قبل في ${file}.`,
      hint: () => 'غيّر اسم أحد الملفين ليكون لكل كيان معرّفه الخاص.',
    },
  }),
};
