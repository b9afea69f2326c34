/**
 * What `npm run check` says about the run itself rather than one value: an
 * article filed under the wrong month, schemas left behind by the content,
 * warnings held back behind an error, and why `--fix` wrote nothing. Raised by
 * src/lib/check/articles.ts, schemas.ts, held-back.ts and scripts/check.ts.
 */
import { code, entry, q } from '../entry.ts';

export const CHECK_MESSAGES = {
  'date-folder': entry<{ date: string; folder: string; belongs: string }>({
    severity: 'warning',
    area: 'files',
    sample: { date: '2026-07-30', folder: 'articles/2021/07/', belongs: 'articles/2026/07/' },
    en: {
      title: 'Date and folder disagree',
      message: ({ date, folder }) => `the date ${date} is not in the month of the folder ${folder}`,
      hint: ({ belongs }) => `if the date is right, move the file to ${belongs} (its address changes with it); otherwise correct the date`,
    },
    ar: {
      title: 'التاريخ لا يوافق المجلد',
      message: ({ date, folder }) => `التاريخ ${date} ليس في شهر المجلد ${folder} الذي فيه الخبر.`,
      hint: ({ belongs }) => `إن كان التاريخ صحيحاً فانقل الملف إلى ${belongs} (ويتغيّر رابطه معه)، وإلا فصحّح التاريخ.`,
    },
  }),
  'stale-schema': entry<{ reason: 'missing' | 'different' }>({
    severity: 'error',
    area: 'files',
    sample: { reason: 'different' },
    en: {
      title: 'Schemas out of date',
      message: ({ reason }) =>
        reason === 'missing'
          ? 'this editor schema is missing'
          : 'this editor schema is out of date with the content (a new or renamed actor or agreement)',
      hint: () => `run ${code('npm run schema')} and commit the files it writes in schemas/`,
    },
    ar: {
      title: 'مخططات قديمة',
      message: ({ reason }) =>
        reason === 'missing' ? 'ملف المخطط هذا غير موجود.' : 'ملف المخطط هذا لا يوافق المحتوى (فيه فاعل أو اتفاق جديد أو تغيّر معرّفه).',
      hint: () => `شغّل ${code('npm run schema')} ثم أضف الملفات التي يكتبها في schemas/ إلى الإيداع.`,
    },
  }),
  'warnings-held-back': entry<{ count: number }>({
    severity: 'warning',
    area: 'files',
    sample: { count: 12 },
    en: {
      title: 'Warnings held back',
      message: ({ count }) =>
        `${count} ${count === 1 ? 'warning is' : 'warnings are'} held back: each is about a file or an entity that has an error above`,
      hint: () => 'fix the errors and run the check again; the warnings that still apply will show then',
    },
    ar: {
      title: 'تنبيهات مؤجلة',
      message: ({ count }) => `تنبيهات مؤجلة: ${count}، كلها عن ملف أو كيان فيه خطأ مذكور أعلاه.`,
      hint: () => 'صحّح الأخطاء ثم أعد الفحص، فتظهر التنبيهات التي تبقى قائمة.',
    },
  }),
  'fix-refused': entry<{ count: number }>({
    severity: 'error',
    area: 'files',
    sample: { count: 1 },
    en: {
      title: '--fix wrote nothing',
      message: ({ count }) =>
        `${code('--fix')} changed no file: ${count} ${count === 1 ? 'error remains' : 'errors remain'} that it cannot fix`,
      hint: () => `fix the errors listed above, then run ${code('npm run check -- --fix')} again`,
    },
    ar: {
      title: '`--fix` لم يغيّر شيئاً',
      message: ({ count }) => `لم يغيّر ${code('--fix')} أي ملف، لأن في الفحص أخطاء لا يستطيع تصحيحها (عددها: ${count}).`,
      hint: () => `صحّح الأخطاء المذكورة أعلاه، ثم شغّل ${code('npm run check -- --fix')} مرة أخرى.`,
    },
  }),
  'fix-no-base': entry<{ base: string }>({
    severity: 'error',
    area: 'files',
    sample: { base: 'origin/main' },
    en: {
      title: 'No base branch for --fix',
      message: ({ base }) => `${code('--fix')} cannot find the branch ${q(base)} to tell which files you changed`,
      hint: () => `name the branch yours started from with ${code('--base <branch>')}, or let it edit every file with ${code('--all')}`,
    },
    ar: {
      title: 'لا فرع أساس لـ`--fix`',
      message: ({ base }) => `لم يجد ${code('--fix')} الفرع ${q(base)} ليعرف الملفات التي غيّرتها.`,
      hint: () => `اذكر الفرع الذي بدأ منه فرعك بـ${code('--base <branch>')}، أو اسمح له بتعديل كل الملفات بـ${code('--all')}.`,
    },
  }),
  'fix-outside-git': entry({
    severity: 'warning',
    area: 'files',
    sample: {},
    en: {
      title: '--fix outside git',
      message: () => `the content folder is not in a git repository, so ${code('--fix')} cannot tell which files you changed`,
      hint: () => `it looks at every file, as with ${code('--all')}`,
    },
    ar: {
      title: '`--fix` خارج `git`',
      message: () => `مجلد المحتوى ليس في مستودع ${code('git')}، فلا يعرف ${code('--fix')} الملفات التي غيّرتها.`,
      hint: () => `لذلك ينظر في كل الملفات، كما يفعل مع ${code('--all')}.`,
    },
  }),
};
