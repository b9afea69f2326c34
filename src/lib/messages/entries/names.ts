/**
 * Names and aliases of actors and agreements, and words that look like one.
 * Raised by src/lib/check/identity.ts, names.ts, characters.ts and near-misses.ts.
 */
import { code, entry, q } from '../entry.ts';

interface Claimed {
  form: string;
  /** `actors/qatar`: the entity that already has the name. */
  owner: string;
  ownerForm: string;
  ownerFile: string;
}

export const NAME_MESSAGES = {
  'name-taken': entry<Claimed>({
    severity: 'error',
    area: 'names',
    sample: { form: 'الدوحة', owner: 'actors/qatar', ownerForm: 'الدّوحة', ownerFile: 'content/actors/qatar.md' },
    en: {
      title: 'Name of two entities',
      message: ({ form, owner, ownerForm, ownerFile }) => `${q(form)} is already a name of ${owner} (${q(ownerForm)} in ${ownerFile})`,
      hint: () =>
        'a name or alias can belong to one entity only; remove it here or there, make it more specific, or give each a date window (from / until)',
    },
    ar: {
      title: 'اسم لكيانين',
      message: ({ form, owner, ownerForm, ownerFile }) => `${q(form)} اسم لكيان آخر هو ${owner} (كُتب ${q(ownerForm)} في ${ownerFile}).`,
      hint: () =>
        'لا يكون الاسم أو الاسم البديل إلا لكيان واحد: احذفه من أحد الملفين، أو اجعله أدق، أو أعطِ كلاً منهما مدة (`from` و`until`).',
    },
  }),
  'name-window-overlap': entry<Claimed>({
    severity: 'error',
    area: 'names',
    sample: {
      form: 'المجلس الرئاسي',
      owner: 'actors/presidential-council-2016',
      ownerForm: 'المجلس الرئاسي',
      ownerFile: 'content/actors/presidential-council-2016.md',
    },
    en: {
      title: 'Date windows overlap',
      message: ({ form, owner, ownerForm, ownerFile }) => `${q(form)} is already a name of ${owner} (${q(ownerForm)} in ${ownerFile})`,
      hint: () => 'the two date windows overlap: make them meet without overlapping (until one day, from the next)',
    },
    ar: {
      title: 'مدتان متداخلتان',
      message: ({ form, owner, ownerForm, ownerFile }) =>
        `${q(form)} اسم لكيان آخر هو ${owner} (كُتب ${q(ownerForm)} في ${ownerFile})، في مدة تتداخل مع مدة هذا الكيان.`,
      hint: () => 'يجوز أن يشترك كيانان في اسم إذا لم تتداخل مدتاهما: اجعل `until` في أحدهما يوماً، و`from` في الآخر اليوم الذي يليه.',
    },
  }),
  'not-form-is-name': entry<{ form: string }>({
    severity: 'error',
    area: 'names',
    sample: { form: 'باشاغا' },
    en: {
      title: 'not: hides an own name',
      message: ({ form }) => `${q(form)} is listed in \`not\` but is also a name of this entity`,
      hint: () => 'remove it from `not`, or from the names',
    },
    ar: {
      title: '`not` يحجب اسماً للكيان',
      message: ({ form }) => `${q(form)} مكتوب في \`not\`، وهو أيضاً من أسماء هذا الكيان، فيحجبه.`,
      hint: () => 'احذفه من `not` أو من الأسماء.',
    },
  }),
  'name-too-short': entry<{ form: string }>({
    severity: 'error',
    area: 'names',
    sample: { form: 'ق' },
    en: {
      title: 'Name too short',
      message: ({ form }) => `${q(form)} is too short to be a name`,
      hint: ({ form }) => `every letter ${q(form)} in every article would count as a mention; write the full name`,
    },
    ar: {
      title: 'اسم قصير جداً',
      message: ({ form }) => `${q(form)} أقصر من أن يكون اسماً: كل حرف ${q(form)} في كل خبر سيُحسب إشارة.`,
      hint: () => 'اكتب الاسم كاملاً.',
    },
  }),
  'common-word-name': entry<{ form: string }>({
    severity: 'error',
    area: 'names',
    sample: { form: 'إلى' },
    en: {
      title: 'Common word as a name',
      message: ({ form }) => `${q(form)} is a common Arabic word, not a name`,
      hint: () => 'it would match almost every article; remove it',
    },
    ar: {
      title: 'كلمة شائعة اسماً',
      message: ({ form }) => `${q(form)} كلمة شائعة في العربية وليست اسماً، فستطابق كل خبر تقريباً.`,
      hint: () => 'احذفها.',
    },
  }),
  'invisible-character': entry<{ field: string; character: string }>({
    severity: 'error',
    area: 'names',
    sample: { field: 'aliases.0', character: 'U+200B' },
    en: {
      title: 'Invisible character',
      message: ({ field, character }) => `${code(field)} contains the invisible character ${character}`,
      hint: () => 'delete it (retype the text if you cannot see where it is)',
    },
    ar: {
      title: 'حرف غير مرئي',
      message: ({ field, character }) => `في ${code(field)} حرف غير مرئي (${character}).`,
      hint: () => 'احذفه، وإن لم تجد مكانه فأعد كتابة النص.',
    },
  }),
  'near-miss': entry<{ written: string; names: ReadonlyArray<{ form: string; key: string }> }>({
    severity: 'warning',
    area: 'names',
    sample: { written: 'بشاغا', names: [{ form: 'باشاغا', key: 'actors/fathi-bashagha' }] },
    en: {
      title: 'Looks like a name',
      message: ({ written, names }) =>
        `${q(written)} looks like ${names.map(({ form, key }) => `${q(form)}, a name of ${key}`).join(', and ')}`,
      hint: ({ written, names }) =>
        names.length === 1
          ? `if it is the same name, add ${q(written)} to its aliases; if not, add it to \`not:\` to silence this`
          : `if it is one of these names, add ${q(written)} to that entity's aliases; if not, add it to \`not:\` of one of them to silence this`,
    },
    ar: {
      title: 'كلمة تشبه اسماً',
      message: ({ written, names }) => `${q(written)} تشبه ${names.map(({ form, key }) => `${q(form)} (من أسماء ${key})`).join('، و')}.`,
      hint: ({ written, names }) =>
        names.length === 1
          ? `إن كانت الاسم نفسه بتهجئة أخرى فأضف ${q(written)} إلى \`aliases\` في ملفه؛ وإلا فأضفها إلى \`not\` فيسكت التنبيه.`
          : `إن كانت أحد هذه الأسماء فأضف ${q(written)} إلى \`aliases\` في ملف صاحبه؛ وإلا فأضفها إلى \`not\` في أحدها فيسكت التنبيه.`,
    },
  }),
};
