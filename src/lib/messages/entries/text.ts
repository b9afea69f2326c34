/**
 * An article or a description as a document: its date, its text, its links,
 * what it mentions. Raised by src/lib/check/articles.ts, characters.ts,
 * links.ts, mentions.ts and nesting.ts.
 */
import { code, entry, q } from '../entry.ts';

type Collection = 'actors' | 'agreements';

export const TEXT_MESSAGES = {
  'future-date': entry<{ date: string }>({
    severity: 'warning',
    area: 'text',
    sample: { date: '2030-01-01' },
    en: {
      title: 'Date in the future',
      message: ({ date }) => `${date} is in the future`,
      hint: () => 'check the date (a scheduled article can stay a draft until then)',
    },
    ar: {
      title: 'تاريخ في المستقبل',
      message: ({ date }) => `التاريخ ${date} لم يأتِ بعد.`,
      hint: () => 'تأكد من التاريخ؛ وإن كان الخبر مؤجلاً فاتركه `draft: true` حتى يحين موعده.',
    },
  }),
  'empty-article': entry({
    severity: 'warning',
    area: 'text',
    sample: {},
    en: {
      title: 'Article without text',
      message: () => 'the article has frontmatter but no text',
      hint: () => 'write the article below the closing ---',
    },
    ar: { title: 'خبر بلا نص', message: () => 'للخبر ترويسة ولكن لا نص له.', hint: () => 'اكتب الخبر تحت سطر --- الذي يُغلق الترويسة.' },
  }),
  'sample-text': entry({
    severity: 'error',
    area: 'text',
    sample: {},
    en: {
      title: 'Still the sample text',
      message: () => 'this is still the sample text `npm run new` wrote',
      hint: () => 'replace it with your own text',
    },
    ar: { title: 'ما زال النص المؤقت', message: () => 'هذا ما زال النص المؤقت الذي كتبه `npm run new`.', hint: () => 'اكتب نصك مكانه.' },
  }),
  'bidi-control': entry({
    severity: 'error',
    area: 'text',
    sample: {},
    en: {
      title: 'Hidden direction character',
      message: () => 'a bidirectional control character is hidden here',
      hint: () => 'it can make text display differently from what it says; delete it',
    },
    ar: {
      title: 'حرف اتجاه مخفي',
      message: () => 'هنا حرف تحكم في اتجاه الكتابة لا يظهر، وقد يجعل النص يُعرض على غير ما كُتب.',
      hint: () => 'احذفه، وإن لم تجد مكانه فأعد كتابة السطر.',
    },
  }),
  'unsafe-link': entry<{ url: string }>({
    severity: 'error',
    area: 'text',
    sample: { url: 'javascript:alert(1)' },
    en: {
      title: 'Link target not allowed',
      message: ({ url }) => `the link target ${q(url)} is not allowed`,
      hint: () => 'link to a web page (https://…), an e-mail address (mailto:…) or a page of this site',
    },
    ar: {
      title: 'رابط غير مسموح',
      message: ({ url }) => `وجهة الرابط ${q(url)} غير مسموحة.`,
      hint: () => 'اربط بصفحة ويب (https://…)، أو بعنوان بريد (mailto:…)، أو بصفحة من هذا الموقع.',
    },
  }),
  'unlisted-mention': entry<{ text: string | undefined; collection: Collection; id: string }>({
    severity: 'warning',
    area: 'text',
    sample: { text: 'قطر', collection: 'actors', id: 'qatar' },
    en: {
      title: 'Mentioned but not listed',
      message: ({ text, collection, id }) =>
        `${text === undefined ? 'the title mentions' : `the text mentions ${q(text)}, a name of`} ${collection}/${id}, which ${code(collection)} does not list`,
      hint: ({ id }) => `add ${code(id)} (npm run check -- --fix does it)`,
    },
    ar: {
      title: 'مذكور وغير مدرج',
      message: ({ text, collection, id }) =>
        `${text === undefined ? 'العنوان يذكر' : `النص يذكر ${q(text)}، وهو من أسماء`} ${collection}/${id}، لكن ${q(id)} غير مدرج في ${code(collection)}.`,
      hint: ({ id, collection }) => `أضف ${q(id)} إلى ${code(collection)}، أو شغّل \`npm run check -- --fix\` ليضيفه.`,
    },
  }),
  'unmentioned-id': entry<{ id: string; field: string }>({
    severity: 'warning',
    area: 'text',
    sample: { id: 'russia', field: 'actors' },
    en: {
      title: 'Listed but not mentioned',
      message: ({ id, field }) => `${code(id)} is listed in ${code(field)} but the text never names it`,
      hint: () => 'mention it by a name or alias, add the spelling the text uses as an alias, or remove the id',
    },
    ar: {
      title: 'مدرج وغير مذكور',
      message: ({ id, field }) => `${q(id)} مدرج في ${code(field)}، لكن النص لا يذكره.`,
      hint: () => 'اذكره في النص باسمه أو باسم بديل، أو أضف التهجئة التي يستخدمها النص اسماً بديلاً له، أو احذف المعرّف.',
    },
  }),
  'too-deep': entry<{ depth: number; max: number }>({
    severity: 'error',
    area: 'text',
    sample: { depth: 5000, max: 100 },
    en: {
      title: 'Nested too deep',
      message: ({ depth, max }) => `nesting deeper than ${max} levels (${depth} here)`,
      hint: () =>
        'block quotes, lists, emphasis, links or HTML elements inside one another this deep cannot be rendered; flatten the text (a real article needs fewer than 10 levels)',
    },
    ar: {
      title: 'تداخل عميق جداً',
      message: ({ depth, max }) =>
        `في النص تداخل أعمق من ${max} مستوى (${depth} هنا): اقتباسات أو قوائم أو تنسيق أو روابط أو عناصر HTML بعضها داخل بعض، ولا يمكن عرضه.`,
      hint: () => 'بسّط النص؛ الخبر الحقيقي لا يحتاج أكثر من 10 مستويات.',
    },
  }),
  'long-line': entry<{ length: number }>({
    severity: 'error',
    area: 'text',
    sample: { length: 250000 },
    en: {
      title: 'Line too long to read',
      message: ({ length }) => `this line is ${length} characters long and so full of markup that reading it would stall the build`,
      hint: () => 'break it into shorter lines (a single line break inside a paragraph does not change how it reads)',
    },
    ar: {
      title: 'سطر أطول من أن يُقرأ',
      message: ({ length }) => `طول هذا السطر ${length} حرفاً، وفيه من علامات التنسيق ما يوقف البناء عند قراءته.`,
      hint: () => 'قسّمه إلى أسطر أقصر؛ السطر الجديد الواحد داخل الفقرة لا يغيّر طريقة عرضها.',
    },
  }),
};
