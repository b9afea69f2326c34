/**
 * A field whose value the content format refuses. The schema
 * (src/lib/content/fields.ts, schema.ts) holds each refusal as its English
 * text from schemaMessage() (../schema-messages.ts); validate.ts says it
 * again in the language of the run, with the field it was found in.
 *
 * In English a field's message is `field`: <what>, with <what> alone being
 * the text the schema holds (and that Astro shows), so `field` is '' there.
 */
import { code, entry, q } from '../entry.ts';

/** `date`: in front of an English message; nothing where the field is not known yet (the schema's own text). */
const at = (field: string): string => (field === '' ? '' : `${code(field)}: `);

type Era = 'record' | 'history';

const ERA_EN: Record<Era, string> = {
  record: 'articles and their sources are dated',
  history: 'births, foundations, dissolutions and signatures are dated',
};
const ERA_AR: Record<Era, string> = {
  record: 'تُؤرَّخ الأخبار ومصادرها',
  history: 'تُؤرَّخ الولادات والتأسيس والحلّ والتوقيع',
};

interface OutOfRange {
  field: string;
  day: string;
  first: number;
  last: number;
  era: Era;
}

export const FIELD_MESSAGES = {
  'not-a-date': entry<{ field: string; value: string | undefined }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'date', value: '26/10/2020' },
    en: {
      title: 'Not a date',
      message: ({ field, value }) => `${at(field)}${value === undefined ? 'not a date' : `${q(value)} is not a date`}`,
      hint: () => 'write it as YYYY-MM-DD, for example 2020-10-26',
    },
    ar: {
      title: 'ليس تاريخاً',
      message: ({ field, value }) =>
        `قيمة ${code(field)}${value === undefined ? '' : ` (${q(value)})`} ليست تاريخاً مكتوباً بالصيغة المطلوبة.`,
      hint: () => 'اكتب التاريخ بالصيغة YYYY-MM-DD: السنة ثم الشهر ثم اليوم، مثل 2020-10-26.',
    },
  }),
  'no-such-day': entry<{ field: string; day: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'date', day: '2020-02-30' },
    en: {
      title: 'No such day',
      message: ({ field, day }) => `${at(field)}${day} is not a day of the calendar`,
      hint: () => 'check the month and the day',
    },
    ar: {
      title: 'يوم غير موجود',
      message: ({ field, day }) => `اليوم ${day} في ${code(field)} غير موجود في التقويم.`,
      hint: () => 'راجع الشهر واليوم.',
    },
  }),
  'date-too-early': entry<OutOfRange>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'date', day: '0202-10-26', first: 1900, last: 2027, era: 'record' },
    en: {
      title: 'Date too early',
      message: ({ field, day, first }) => `${at(field)}${day} is before ${first}`,
      hint: ({ first, last, era }) => `check the year (${ERA_EN[era]} ${first}–${last})`,
    },
    ar: {
      title: 'تاريخ أقدم من المسموح',
      message: ({ field, day, first }) => `التاريخ ${day} في ${code(field)} قبل سنة ${first}.`,
      hint: ({ first, last, era }) => `راجع السنة، فلعل رقماً سقط أو تبدّل: ${ERA_AR[era]} بين ${first} و${last}.`,
    },
  }),
  'date-too-late': entry<OutOfRange>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'date', day: '9999-12-31', first: 1900, last: 2027, era: 'record' },
    en: {
      title: 'Date too late',
      message: ({ field, day, last }) => `${at(field)}${day} is after ${last}, the end of next year`,
      hint: ({ first, last, era }) => `check the year (${ERA_EN[era]} ${first}–${last}; a placeholder such as 9999 is not a date)`,
    },
    ar: {
      title: 'تاريخ أبعد من المسموح',
      message: ({ field, day, last }) => `التاريخ ${day} في ${code(field)} بعد نهاية السنة القادمة (${last}).`,
      hint: ({ first, last, era }) => `راجع السنة: ${ERA_AR[era]} بين ${first} و${last}، وسنة مثل 9999 ليست تاريخاً.`,
    },
  }),
  'bad-old-id': entry<{ field: string; example: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'redirect_from.0', example: '2020/10/old-slug' },
    en: {
      title: 'Old id badly written',
      message: ({ field }) => `${at(field)}redirect_from lists old ids as the file's id was, without .md`,
      hint: ({ example }) => `write it like redirect_from: [${example}]`,
    },
    ar: {
      title: 'معرّف قديم مكتوب خطأ',
      message: ({ field }) => `${code(field)} يسرد المعرّفات القديمة كما كان اسم الملف دون \`.md\`.`,
      hint: ({ example }) => `اكتبه مثل redirect_from: [${example}].`,
    },
  }),
  'bad-id': entry<{ field: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'actors.0' },
    en: {
      title: 'Id badly written',
      message: ({ field }) => `${at(field)}an id uses lower-case Latin letters, digits and single hyphens`,
      hint: () => 'write it like khalifa-haftar',
    },
    ar: {
      title: 'معرّف مكتوب خطأ',
      message: ({ field }) => `المعرّف في ${code(field)} لا يُكتب إلا بحروف لاتينية صغيرة وأرقام، وشرطة واحدة بين كل كلمتين.`,
      hint: () => 'اكتبه مثل khalifa-haftar، كاسم ملفه دون `.md`.',
    },
  }),
  'not-a-list': entry<{ field: string; example: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'actors', example: '[qatar, turkey]' },
    en: {
      title: 'Not a list',
      message: ({ field }) => `${at(field)}expected a list`,
      hint: ({ example }) => `write a list, for example ${example}`,
    },
    ar: {
      title: 'ليست قائمة',
      message: ({ field }) => `${code(field)} يُكتب قائمة، ولو كان فيها عنصر واحد.`,
      hint: ({ example }) => `اكتب العناصر بين قوسين مربعين تفصل بينها فاصلة، مثل ${code(example)}.`,
    },
  }),
  'not-text': entry<{ field: string; what: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'title', what: 'title' },
    en: {
      title: 'Not text',
      message: ({ field, what }) => `${at(field)}${what} must be text`,
      hint: () => 'write words, in quotes if they would read as a number, a date or true/false',
    },
    ar: {
      title: 'ليست نصاً',
      message: ({ field }) => `${code(field)} يجب أن يكون نصاً.`,
      hint: () => 'اكتبه كلمات، وضعه بين علامتي تنصيص إن كان يُقرأ رقماً أو تاريخاً.',
    },
  }),
  'empty-text': entry<{ field: string; what: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'summary', what: 'summary' },
    en: { title: 'Empty text', message: ({ field, what }) => `${at(field)}${what} is empty`, hint: () => 'write it out' },
    ar: {
      title: 'نص فارغ',
      message: ({ field }) => `${code(field)} فارغ.`,
      hint: () => 'اكتبه (وإن كان الملف من `npm run new` فهذا مكان تركه لك).',
    },
  }),
  'bad-url': entry<{ field: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'source.url' },
    en: {
      title: 'Not a web address',
      message: ({ field }) => `${at(field)}not a full web address`,
      hint: () => 'write a full web address starting with https:// (or http://)',
    },
    ar: {
      title: 'ليس عنوان صفحة',
      message: ({ field }) => `${code(field)} ليس عنواناً كاملاً لصفحة على الويب.`,
      hint: () => 'انسخ العنوان كاملاً من المتصفح، بادئاً بـ`https://` (أو `http://`).',
    },
  }),
  'bad-wikidata-id': entry<{ field: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'wikidata' },
    en: {
      title: 'Wikidata id badly written',
      message: ({ field }) => `${at(field)}a Wikidata id is Q followed by digits`,
      hint: () => 'write it like Q1016',
    },
    ar: {
      title: 'معرّف Wikidata مكتوب خطأ',
      message: ({ field }) => `معرّف Wikidata في ${code(field)} هو الحرف Q تتبعه أرقام.`,
      hint: () => 'اكتبه مثل Q1016، كما يظهر في رابط صفحة Wikidata.',
    },
  }),
  'bad-pax-id': entry<{ field: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'pax_id' },
    en: {
      title: 'PA-X id badly written',
      message: ({ field }) => `${at(field)}a PA-X id is text`,
      hint: () => 'write it like 2320 or ARM_912',
    },
    ar: {
      title: 'معرّف PA-X مكتوب خطأ',
      message: ({ field }) => `معرّف PA-X في ${code(field)} ليس مكتوباً كما يجب.`,
      hint: () => 'اكتبه كما في قاعدة PA-X، مثل 2320 أو ARM_912.',
    },
  }),
  'not-true-false': entry<{ field: string; what: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'draft', what: 'draft' },
    en: {
      title: 'Not true or false',
      message: ({ field, what }) => `${at(field)}${what} is true or false`,
      hint: () => 'write `true` or `false`',
    },
    ar: {
      title: 'ليست `true` أو `false`',
      message: ({ field }) => `${code(field)} لا يقبل إلا ${code('true')} أو ${code('false')}.`,
      hint: () => 'اكتب `true` (نعم) أو `false` (لا).',
    },
  }),
  'not-in-list': entry<{ field: string; choices: readonly string[] }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'kind', choices: ['person', 'armed-group', 'state'] },
    en: {
      title: 'Value not in the list',
      message: ({ field }) => `${at(field)}not one of the values this field takes`,
      hint: ({ choices }) => `choose one of: ${choices.join(', ')}`,
    },
    ar: {
      title: 'قيمة من خارج القائمة',
      message: ({ field }) => `القيمة في ${code(field)} ليست من قائمة القيم المقبولة.`,
      hint: ({ choices }) => `اختر واحدة من: ${choices.map(code).join('، ')}.`,
    },
  }),
  'alias-window-reversed': entry<{ field: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'aliases.1.until' },
    en: {
      title: 'from after until',
      message: ({ field }) => `${at(field)}from comes after until`,
      hint: () => 'the alias would never apply; swap the two dates',
    },
    ar: {
      title: '`from` بعد `until`',
      message: ({ field }) => `في ${code(field)} يأتي تاريخ \`from\` بعد تاريخ \`until\`، فلن يُحتسب هذا الاسم أبداً.`,
      hint: () => 'بدّل التاريخين.',
    },
  }),
  'bad-alias': entry<{ field: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'aliases.0' },
    en: {
      title: 'Alias badly written',
      message: ({ field }) => `${at(field)}not an alias`,
      hint: () => 'write an alias as text, or as `{ text: …, weak: true }`',
    },
    ar: {
      title: 'اسم بديل مكتوب خطأ',
      message: ({ field }) => `${code(field)} ليس نصاً، ولا بالصيغة \`{ text: … }\`.`,
      hint: () => 'اكتب الاسم البديل نصاً، أو بالصيغة `{ text: …, weak: true }`؛ وراجع اسم كل مفتاح، وأن `weak` قيمته `true` أو `false`.',
    },
  }),
  'invalid-value': entry<{ field: string; detail: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'pax_id', detail: 'Too small: expected string to have >=1 characters' },
    en: {
      title: 'Value not accepted',
      // The schema's sentence says what is wrong and what to write; the field in front places it.
      message: ({ field }) => (field === '' ? 'the frontmatter' : code(field)),
      hint: ({ detail }) => detail,
    },
    ar: {
      title: 'قيمة غير مقبولة',
      message: ({ field }) => `${field === '' ? 'قيمة في الترويسة' : `قيمة ${code(field)}`} غير مقبولة.`,
      hint: ({ detail }) => `راجع جدول «حقول الترويسة» في CONTRIBUTING.md لترى ما يقبله هذا الحقل. (التفصيل بالإنجليزية: ${detail})`,
    },
  }),
};
