/**
 * Everything `npm run new` says, in Arabic and in English, chosen like the
 * check's messages (MARSAD_LANG, else the locale). These are the command's
 * own lines (usage, refusals of its arguments, what it wrote), not problems
 * in content files, so they live here rather than in the check's catalogue
 * of coded problems (src/lib/messages/catalogue.ts).
 */
import type { Language } from '../config/language.ts';
import { NEW_KINDS, type NewKind } from './kinds.ts';

const KINDS = Object.keys(NEW_KINDS) as NewKind[];

/** An example id for each kind, as the contributor would pass it. */
const EXAMPLE_ID: Record<NewKind, string> = { article: 'ceasefire-talks', actor: 'khalifa-haftar', agreement: 'geneva-ceasefire-2020' };

interface Words {
  /** `--help`, and the end of every mistake on the command line. */
  usage: string;
  needsValue: (option: '--id' | '--date') => string;
  unknownOption: (option: string) => string;
  notAKind: (kind: string) => string;
  noTitle: (kind: NewKind) => string;
  dateForActor: string;
  noSuggestion: (title: string, kind: NewKind) => string;
  badId: (id: string, folders: boolean) => string;
  exists: (file: string) => string;
  idUsed: (id: string, file: string) => string;
  /** `reason`: `exists`, `permission`, or the system's error code. */
  cannotWrite: (file: string, reason: string) => string;
  usingId: (id: string) => string;
  wrote: (file: string) => string;
  next: (fields: string) => string;
  schemaNext: string;
}

const EN: Words = {
  usage: [
    `usage: npm run new -- ${KINDS.join('|')} "<title or name>" [--id <id>] [--date YYYY-MM-DD]`,
    '  article     a news item, filed in content/articles/YYYY/MM/ by its date',
    '  actor       a person, group, state… in content/actors/',
    '  agreement   an agreement in content/agreements/',
    '  --id        the file name: lower-case Latin letters, digits and hyphens (suggested from the title when left out)',
    "  --date      the article's date or the agreement's day of signature, YYYY-MM-DD, in any digits (today when left out)",
    '  --help      shows this text',
    'example: npm run new -- article "قوات حفتر تعد مذكرة قطر خرقا" --date 2020-10-26',
  ].join('\n'),
  needsValue: (option) => `${option} needs a value, such as ${option} ${option === '--id' ? 'khalifa-haftar' : '2020-10-26'}`,
  unknownOption: (option) => `unknown option ${option}`,
  notAKind: (kind) => `"${kind}" is not something npm run new creates: choose ${KINDS.join(', ')}`,
  noTitle: (kind) => `write the ${kind === 'article' ? 'title' : 'Arabic name'} after ${kind}, in quotes`,
  dateForActor: "--date is for articles and agreements: write an actor's dates (born, founded) in its file",
  noSuggestion: (title, kind) => `could not make a Latin id from "${title}": choose one with --id, for example --id ${EXAMPLE_ID[kind]}`,
  badId: (id, folders) =>
    `"${id}" cannot be an id: use lower-case Latin letters, digits and single hyphens, such as khalifa-haftar${folders ? ' (give only the file name: the folders come from the date)' : ''}`,
  exists: (file) => `${file} already exists: nothing was written; pass --id to choose another id, or edit that file`,
  idUsed: (id, file) =>
    `the id ${id} is already used by ${file} (actors and agreements share ids): nothing was written; pass --id to choose another id, or edit that file`,
  cannotWrite: (file, reason) =>
    `could not write ${file}: ${reason === 'exists' ? 'it already exists' : reason === 'permission' ? 'permission denied' : reason}`,
  usingId: (id) => `using id ${id}; pass --id to choose another`,
  wrote: (file) => `wrote ${file}`,
  next: (fields) => `next: edit it (fill in ${fields} and replace the text), then npm run check`,
  schemaNext: 'then npm run schema, so that editors offer the new id, and commit schemas/ with the file',
};

const AR: Words = {
  usage: [
    `الاستعمال: npm run new -- ${KINDS.join('|')} "<العنوان أو الاسم>" [--id <المعرّف>] [--date YYYY-MM-DD]`,
    '  article     خبر جديد، يُحفظ في content/articles/السنة/الشهر/ حسب تاريخه',
    '  actor       فاعل جديد (شخص، جماعة، دولة…) في content/actors/',
    '  agreement   اتفاق جديد في content/agreements/',
    '  --id        اسم الملف: حروف لاتينية صغيرة وأرقام وشرطات (يُقترح من العنوان إن لم تكتبه)',
    '  --date      تاريخ الخبر أو يوم توقيع الاتفاق، بالصيغة YYYY-MM-DD، بالأرقام العربية أو اللاتينية (اليوم إن لم تكتبه)',
    '  --help      يعرض هذا الشرح',
    'مثال: npm run new -- article "قوات حفتر تعد مذكرة قطر خرقا" --date 2020-10-26',
  ].join('\n'),
  needsValue: (option) => `اكتب قيمة بعد ${option}، مثل ${option} ${option === '--id' ? 'khalifa-haftar' : '2020-10-26'}.`,
  unknownOption: (option) => `الخيار ${option} غير معروف.`,
  notAKind: (kind) => `لا يُنشئ الأمر شيئاً اسمه "${kind}": اختر ${KINDS.join(' أو ')}.`,
  noTitle: (kind) => `اكتب ${kind === 'article' ? 'عنوان الخبر' : 'الاسم بالعربية'} بعد ${kind}، بين علامتي تنصيص.`,
  dateForActor: 'الخيار --date للأخبار والاتفاقات فقط: اكتب تواريخ الفاعل (born أو founded) في ملفه.',
  noSuggestion: (title, kind) => `تعذّر اقتراح معرّف بحروف لاتينية من "${title}": اختر واحداً بنفسك، مثل --id ${EXAMPLE_ID[kind]}.`,
  badId: (id, folders) =>
    `"${id}" لا يصلح معرّفاً: اكتبه بحروف لاتينية صغيرة وأرقام، وشرطة واحدة بين كل كلمتين، مثل khalifa-haftar.${folders ? ' واكتب اسم الملف وحده: المجلدات تُؤخذ من التاريخ.' : ''}`,
  exists: (file) => `الملف ${file} موجود من قبل، فلم يُكتب شيء: اختر معرّفاً آخر بـ--id، أو عدّل ذلك الملف.`,
  idUsed: (id, file) =>
    `المعرّف ${id} مستعمل في ${file} (الفاعلون والاتفاقات يتشاركون المعرّفات)، فلم يُكتب شيء: اختر معرّفاً آخر بـ--id، أو عدّل ذلك الملف.`,
  cannotWrite: (file, reason) =>
    `تعذّرت كتابة ${file}: ${reason === 'exists' ? 'الملف موجود من قبل' : reason === 'permission' ? 'لا إذن بالكتابة' : reason}.`,
  usingId: (id) => `المعرّف: ${id} (لاختيار غيره استعمل --id)`,
  wrote: (file) => `كُتب الملف ${file}`,
  next: (fields) => `الخطوة التالية: افتحه واملأ ${fields} واكتب النص مكان الموجود، ثم شغّل npm run check`,
  schemaNext: 'ثم شغّل npm run schema ليعرف المحرّر المعرّف الجديد، وأضف مجلد schemas/ مع الملف إلى الإيداع (commit)',
};

export const NEW_WORDS: Readonly<Record<Language, Words>> = { ar: AR, en: EN };
