/**
 * A field whose value the content format refuses (src/lib/content/schema.ts
 * and fields.ts say why, in their own words, as `detail`).
 */
import { code, entry } from '../entry.ts';

export const FIELD_MESSAGES = {
  'invalid-value': entry<{ field: string; detail: string }>({
    severity: 'error',
    area: 'fields',
    sample: { field: 'date', detail: '2020-02-30 is not a day of the calendar: check the month and the day' },
    en: {
      title: 'Value not accepted',
      // The schema's own sentence already says what to write: the field name in front places it.
      message: ({ field, detail }) => (field === '' ? detail : `${code(field)}: ${detail}`),
      hint: () => 'the fields and the values they take are listed in CONTRIBUTING.md',
    },
    ar: {
      title: 'قيمة غير مقبولة',
      message: ({ field, detail }) => `${field === '' ? 'قيمة في الترويسة' : `قيمة الحقل ${code(field)}`} غير مقبولة. (التفصيل بالإنجليزية: ${detail})`,
      hint: () => 'راجع جدول «حقول الترويسة» في CONTRIBUTING.md لترى ما يقبله كل حقل.',
    },
  }),
};
