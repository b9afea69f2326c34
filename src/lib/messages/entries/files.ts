/**
 * Files and folders of the content root: what cannot be read at all. Raised by
 * the loader (src/lib/content/corpus.ts) and the folder walk
 * (src/lib/content/walk.ts).
 */
import { code, entry, q } from '../entry.ts';

const LINK_ADVICE_EN = 'links in the content folder are not followed; put the file itself here (a copy), or delete the link';
const LINK_ADVICE_AR = 'لا تُتبع الروابط الرمزية في مجلد المحتوى: ضع الملف نفسه هنا (نسخة منه)، أو احذف الرابط.';

/** Why a symbolic link was not followed, as found by the walk. */
export type LinkSituation = 'plain' | 'loop' | 'dangling' | 'unfollowable' | 'contains-itself' | 'outside';

export const FILE_MESSAGES = {
  'no-content-folder': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: {
      title: 'Content folder missing',
      message: () => 'the content folder does not exist',
      hint: () => 'create it, or point CONTENT_DIR at it',
    },
    ar: {
      title: 'مجلد المحتوى غير موجود',
      message: () => 'مجلد المحتوى غير موجود.',
      hint: () => 'أنشئ المجلد، أو اضبط المتغيّر CONTENT_DIR على مكانه.',
    },
  }),
  'not-markdown': entry<{ folder: string }>({
    severity: 'warning',
    area: 'files',
    sample: { folder: 'actors' },
    en: {
      title: 'Not a Markdown file',
      message: ({ folder }) => `only Markdown files (.md) are read in ${folder}/`,
      hint: () => 'rename this file or move it out of the content folder',
    },
    ar: {
      title: 'ملف ليس Markdown',
      message: ({ folder }) => `لا يُقرأ في المجلد ${folder}/ إلا ملفات Markdown (التي ينتهي اسمها بـ${code('.md')})، فهذا الملف لن يُنشر.`,
      hint: () => 'اجعل اسمه ينتهي بـ`.md`، أو انقله خارج مجلد المحتوى.',
    },
  }),
  'bad-file-name': entry<{ segment: string; suggestion: string }>({
    severity: 'error',
    area: 'files',
    sample: { segment: 'Fayez Sarraj', suggestion: 'fayez-sarraj' },
    en: {
      title: 'File name is not an id',
      message: ({ segment }) => `${q(segment)} cannot be part of an id`,
      hint: ({ suggestion }) => `name files and folders with lower-case Latin letters, digits and hyphens, such as ${suggestion}.md`,
    },
    ar: {
      title: 'اسم ملف لا يصلح معرّفاً',
      message: ({ segment }) => `الاسم ${q(segment)} لا يصلح معرّفاً، واسم الملف هو المعرّف الذي تُكتب به الإشارة إليه.`,
      hint: ({ suggestion }) => `سمِّ الملفات والمجلدات بحروف لاتينية صغيرة وأرقام وشرطات فقط، مثل ${suggestion}.md.`,
    },
  }),
  'not-regular-file': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: {
      title: 'Not a regular file',
      message: () => 'is not a regular file',
      hint: () => 'only Markdown files are read; remove it from the content folder',
    },
    ar: { title: 'ليس ملفاً عادياً', message: () => 'هذا ليس ملفاً عادياً.', hint: () => 'لا يُقرأ إلا ملفات Markdown: احذفه من مجلد المحتوى.' },
  }),
  'special-file': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: {
      title: 'Neither file nor folder',
      message: () => 'is neither a file nor a folder (a pipe, socket or device)',
      hint: () => 'only Markdown files are read; remove it from the content folder',
    },
    ar: {
      title: 'ليس ملفاً ولا مجلداً',
      message: () => 'هذا ليس ملفاً ولا مجلداً (أنبوب أو مقبس أو جهاز).',
      hint: () => 'لا يُقرأ إلا ملفات Markdown: احذفه من مجلد المحتوى.',
    },
  }),
  'file-too-large': entry<{ megabytes: string }>({
    severity: 'error',
    area: 'files',
    sample: { megabytes: '1.4' },
    en: {
      title: 'File over 1 MB',
      message: ({ megabytes }) => `the file is ${megabytes} MB; the limit is 1 MB`,
      hint: () => 'split it into several articles',
    },
    ar: {
      title: 'ملف أكبر من 1 MB',
      message: ({ megabytes }) => `حجم الملف ${megabytes} MB، والحد الأقصى 1 MB.`,
      hint: () => 'قسّمه إلى عدة أخبار.',
    },
  }),
  'empty-file': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: { title: 'Empty file', message: () => 'the file is empty', hint: () => 'add frontmatter and text, or delete it' },
    ar: { title: 'ملف فارغ', message: () => 'الملف فارغ.', hint: () => 'اكتب فيه الترويسة والنص، أو احذفه.' },
  }),
  'not-utf8': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: { title: 'Not UTF-8', message: () => 'the file is not valid UTF-8', hint: () => 'save it as UTF-8 in your editor' },
    ar: {
      title: 'الترميز ليس UTF-8',
      message: () => 'ترميز الملف ليس UTF-8، فلا تُقرأ حروفه كما كُتبت.',
      hint: () => 'احفظه بترميز UTF-8 من محرّرك.',
    },
  }),
  'file-became-link': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: {
      title: 'File became a link',
      message: () => 'became a symbolic link while it was read',
      hint: () => 'links in the content folder are not followed; put the file itself here',
    },
    ar: {
      title: 'صار الملف رابطاً',
      message: () => 'صار الملف رابطاً رمزياً أثناء قراءته.',
      hint: () => 'لا تُتبع الروابط في مجلد المحتوى: ضع الملف نفسه هنا.',
    },
  }),
  'permission-denied': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: { title: 'Permission denied', message: () => 'the file cannot be read (permission denied)', hint: () => 'check its permissions' },
    ar: { title: 'لا إذن بالقراءة', message: () => 'لا يمكن قراءة الملف: لا إذن بذلك.', hint: () => 'راجع صلاحيات الملف.' },
  }),
  'file-disappeared': entry({
    severity: 'error',
    area: 'files',
    sample: {},
    en: { title: 'File disappeared', message: () => 'the file disappeared while it was read', hint: () => 'run the command again' },
    ar: { title: 'اختفى الملف', message: () => 'اختفى الملف أثناء قراءته.', hint: () => 'شغّل الأمر مرة أخرى.' },
  }),
  'unreadable-file': entry<{ reason: string }>({
    severity: 'error',
    area: 'files',
    sample: { reason: 'EIO' },
    en: {
      title: 'File cannot be read',
      message: ({ reason }) => `the file cannot be read (${reason})`,
      hint: () => 'check that it is a plain file you can open',
    },
    ar: {
      title: 'تعذّرت قراءة الملف',
      message: ({ reason }) => `تعذّرت قراءة الملف (${reason}).`,
      hint: () => 'تأكد أنه ملف عادي تستطيع فتحه.',
    },
  }),
  'unreadable-folder': entry<{ reason: string }>({
    severity: 'error',
    area: 'files',
    sample: { reason: 'EACCES' },
    en: {
      title: 'Folder cannot be read',
      message: ({ reason }) => `the folder cannot be read (${reason})`,
      hint: () => 'check its permissions, or move it out of the content folder',
    },
    ar: {
      title: 'تعذّرت قراءة المجلد',
      message: ({ reason }) => `تعذّرت قراءة المجلد (${reason}).`,
      hint: () => 'راجع صلاحياته، أو انقله خارج مجلد المحتوى.',
    },
  }),
  'symbolic-link': entry<{ target: string | undefined; situation: LinkSituation; reason?: string }>({
    severity: 'error',
    area: 'files',
    sample: { target: '../drafts/qatar.md', situation: 'outside' },
    en: {
      title: 'Symbolic link',
      message: ({ target, situation, reason }) => {
        const what = target === undefined ? 'is a symbolic link' : `is a symbolic link to ${q(target)}`;
        const why: Record<LinkSituation, string> = {
          plain: '',
          loop: ', which leads back to itself (a loop)',
          dangling: ', which does not exist (a dangling link)',
          unfollowable: `, which cannot be followed (${reason ?? 'unknown reason'})`,
          'contains-itself': ', a folder that contains the link, so reading it would never end (a loop)',
          outside: ', outside the content folder',
        };
        return `${what}${why[situation]}`;
      },
      hint: () => LINK_ADVICE_EN,
    },
    ar: {
      title: 'رابط رمزي',
      message: ({ target, situation, reason }) => {
        const what = target === undefined ? 'هذا رابط رمزي' : `هذا رابط رمزي إلى ${q(target)}`;
        const why: Record<LinkSituation, string> = {
          plain: '',
          loop: '، يعود إلى نفسه (حلقة)',
          dangling: '، ووجهته غير موجودة',
          unfollowable: `، ولا يمكن تتبعه (${reason ?? 'سبب غير معروف'})`,
          'contains-itself': '، إلى مجلد يحتويه، فلا تنتهي قراءته أبداً',
          outside: '، خارج مجلد المحتوى',
        };
        return `${what}${why[situation]}.`;
      },
      hint: () => LINK_ADVICE_AR,
    },
  }),
};
