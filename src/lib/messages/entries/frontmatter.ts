/**
 * The frontmatter as a whole: it is missing, is not YAML, or is not a list of
 * fields. Raised by src/lib/content/frontmatter.ts and validate.ts.
 */
import { code, entry, q } from '../entry.ts';

export const FRONTMATTER_MESSAGES = {
  'opening-line': entry<{ extra: string }>({
    severity: 'error',
    area: 'frontmatter',
    sample: { extra: 'js' },
    en: {
      title: 'Text after the opening ---',
      message: () => 'the first line must be `---` alone',
      hint: ({ extra }) => `move ${q(extra)} to the next line`,
    },
    ar: {
      title: 'نص بعد --- في السطر الأول',
      message: () => 'يجب أن يحتوي السطر الأول على `---` وحدها.',
      hint: ({ extra }) => `انقل ${q(extra)} إلى السطر التالي.`,
    },
  }),
  'no-frontmatter': entry({
    severity: 'error',
    area: 'frontmatter',
    sample: {},
    en: {
      title: 'No frontmatter',
      message: () => 'the file has no frontmatter',
      hint: () => 'start it with a line `---`, the fields, and another `---`',
    },
    ar: {
      title: 'لا ترويسة',
      message: () => 'الملف بلا ترويسة (الحقول التي تسبق النص).',
      hint: () => 'ابدأ الملف بسطر `---`، ثم الحقول، ثم سطر `---` آخر.',
    },
  }),
  'frontmatter-not-fields': entry({
    severity: 'error',
    area: 'frontmatter',
    sample: {},
    en: {
      title: 'Frontmatter is not fields',
      message: () => 'the frontmatter must be a list of `key: value` lines',
      hint: () => 'write one field per line, such as `title: …`',
    },
    ar: {
      title: 'الترويسة ليست حقولاً',
      message: () => 'يجب أن تكون الترويسة أسطراً بالصيغة `مفتاح: قيمة`.',
      hint: () => 'اكتب كل حقل في سطر، مثل `title: …`.',
    },
  }),
  'duplicate-key': entry<{ detail: string }>({
    severity: 'error',
    area: 'frontmatter',
    sample: { detail: 'Map keys must be unique' },
    en: {
      title: 'Key written twice',
      message: () => 'this key is written twice in the frontmatter',
      hint: ({ detail }) => `keep one of them (${detail})`,
    },
    ar: {
      title: 'مفتاح مكرر',
      message: () => 'هذا المفتاح مكتوب مرتين في الترويسة.',
      hint: ({ detail }) => `أبقِ واحداً منهما. (تفصيل تقني: ${detail})`,
    },
  }),
  'yaml-layout': entry<{ detail: string }>({
    severity: 'error',
    area: 'frontmatter',
    sample: { detail: 'All mapping items must start at the same column' },
    en: {
      title: 'Indentation or colon',
      message: ({ detail }) => `the frontmatter is not valid YAML here (${detail})`,
      hint: () => 'check the indentation and the colon after the key',
    },
    ar: {
      title: 'مسافة بادئة أو نقطتان',
      message: () => 'لا يمكن قراءة الترويسة عند هذا الموضع.',
      hint: ({ detail }) => `راجع المسافات في أول السطر، والنقطتين (:) بعد اسم الحقل. (تفصيل تقني: ${detail})`,
    },
  }),
  'yaml-syntax': entry<{ detail: string }>({
    severity: 'error',
    area: 'frontmatter',
    sample: { detail: 'Missing closing "quote' },
    en: {
      title: 'Frontmatter is not YAML',
      message: ({ detail }) => `the frontmatter is not valid YAML here (${detail})`,
      hint: () => 'check quotes, colons and indentation on this line',
    },
    ar: {
      title: 'خطأ في صيغة الترويسة',
      message: () => 'لا يمكن قراءة الترويسة عند هذا الموضع.',
      hint: ({ detail }) => `راجع علامات التنصيص والنقطتين (:) والمسافات في أول هذا السطر. (تفصيل تقني: ${detail})`,
    },
  }),
  'yaml-anchor': entry({
    severity: 'error',
    area: 'frontmatter',
    sample: {},
    en: {
      title: 'YAML anchor or alias',
      message: () => 'YAML anchors and aliases (& and *) are not allowed in frontmatter',
      hint: () => 'write the value out in full',
    },
    ar: {
      title: 'مرساة YAML',
      message: () => 'لا يُسمح في الترويسة بالرمزين & و* (المراسي والإحالات في YAML).',
      hint: () => 'اكتب القيمة كاملة في مكانها.',
    },
  }),
  'unknown-field': entry<{ key: string; suggestion: string | undefined; fields: readonly string[] }>({
    severity: 'error',
    area: 'frontmatter',
    sample: { key: 'sumary', suggestion: 'summary', fields: ['title', 'date', 'summary'] },
    en: {
      title: 'Unknown field',
      message: ({ key }) => `unknown field ${code(key)}`,
      hint: ({ suggestion, fields }) =>
        `${suggestion === undefined ? 'remove it' : `did you mean ${code(suggestion)}?`} (fields here: ${fields.join(', ')})`,
    },
    ar: {
      title: 'حقل غير معروف',
      message: ({ key }) => `الحقل ${code(key)} غير معروف، وقد يكون خطأً إملائياً.`,
      hint: ({ suggestion, fields }) =>
        `${suggestion === undefined ? 'احذفه.' : `هل تقصد ${code(suggestion)}؟`} (الحقول المقبولة هنا: ${fields.map(code).join('، ')})`,
    },
  }),
  'missing-field': entry<{ field: string; example: string }>({
    severity: 'error',
    area: 'frontmatter',
    sample: { field: 'summary', example: 'summary: جملة أو جملتان تلخصان الخبر.' },
    en: {
      title: 'Required field missing',
      message: ({ field }) => `the required field ${code(field)} is missing`,
      hint: ({ example }) => `add a line such as ${code(example)}`,
    },
    ar: {
      title: 'حقل مطلوب غائب',
      message: ({ field }) => `الحقل ${code(field)} مطلوب وهو غير موجود.`,
      hint: ({ example }) => `أضف سطراً مثل ${code(example)}.`,
    },
  }),
};
