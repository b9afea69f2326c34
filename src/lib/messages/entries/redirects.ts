/**
 * Old ids listed in `redirect_from`: each must be free, and claimed once.
 * Raised by src/lib/check/redirects.ts.
 */
import { code, entry, q } from '../entry.ts';

export const REDIRECT_MESSAGES = {
  'redirect-id-live': entry<{ id: string; collection: string; file: string }>({
    severity: 'error',
    area: 'references',
    sample: { id: '2020/10/qatar-mou', collection: 'articles', file: 'content/articles/2020/10/qatar-mou.md' },
    en: {
      title: 'Old id still in use',
      message: ({ id, collection }) => `${code('redirect_from')} lists ${code(id)}, but ${collection}/${id} is a page of its own`,
      hint: ({ file }) => `a redirect there would hide ${file}: remove the id from ${code('redirect_from')}, or rename that file first`,
    },
    ar: {
      title: 'معرّف قديم ما زال مستعملاً',
      message: ({ id, collection }) => `في ${code('redirect_from')} المعرّف ${q(id)}، لكن ${collection}/${id} صفحة قائمة بذاتها.`,
      hint: ({ file }) => `التحويل من هناك يحجب ${file}: احذف المعرّف من ${code('redirect_from')}، أو غيّر اسم ذلك الملف أولاً.`,
    },
  }),
  'redirect-id-claimed': entry<{ id: string; other: string }>({
    severity: 'error',
    area: 'references',
    sample: { id: 'old-id', other: 'content/actors/qatar.md' },
    en: {
      title: 'Old id claimed twice',
      message: ({ id, other }) => `${other} already lists ${code(id)} in ${code('redirect_from')}`,
      hint: () => `an old address can lead to one page only: keep the id in the file that was renamed from it`,
    },
    ar: {
      title: 'معرّف قديم يدّعيه ملفّان',
      message: ({ id, other }) => `الملف ${other} يذكر ${q(id)} في ${code('redirect_from')} أيضاً.`,
      hint: () => 'العنوان القديم لا يقود إلا إلى صفحة واحدة: أبقِ المعرّف في الملف الذي نُقل منه فقط.',
    },
  }),
};
