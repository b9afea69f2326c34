/** `npm run new`: writes one new content file, never over an existing one. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suggestId } from '../arabic/transliterate.ts';
import { displayPathOf } from '../content/corpus.ts';
import { ENTITY_ID_PATTERN } from '../content/fields.ts';
import type { Language } from '../config/language.ts';
import { messageLanguage } from '../messages/language.ts';
import type { NewRequest } from './args.ts';
import { clashingFiles, targetFile } from './target.ts';
import { renderNewFile } from './template.ts';
import { NEW_WORDS } from './words.ts';

/** A request plus where and when to write it. */
export interface CreateOptions extends NewRequest {
  /** The content root (see `resolveContentRoot`). */
  root: string;
  /** Today, `YYYY-MM-DD`: the date written when the request gives none (`--date`). */
  today: string;
  /** The language of the message when nothing is written; the run's by default. */
  language?: Language;
}

/** The file written, or why nothing was. */
export type CreateResult = { ok: true; file: string; id: string; suggested: boolean } | { ok: false; message: string };

/** Picks the id (given, or suggested from the title), refuses clashes, and writes the file. */
export function createEntry(options: CreateOptions): CreateResult {
  const { kind, title, root } = options;
  const words = NEW_WORDS[options.language ?? messageLanguage()];
  // The article is filed by this day and carries it; an agreement takes it as its day of signature.
  const today = options.date ?? options.today;
  const suggested = options.id === undefined;
  const id = options.id ?? suggestId(title);
  if (suggested && id === '') return { ok: false, message: words.noSuggestion(title, kind) };
  if (!ENTITY_ID_PATTERN.test(id)) return { ok: false, message: words.badId(id, kind === 'article' && id.includes('/')) };

  const file = targetFile(root, kind, id, today);
  const clash = clashingFiles(root, kind, id, today).find((candidate) => existsSync(candidate));
  if (clash !== undefined) {
    const where = displayPathOf(clash);
    return { ok: false, message: clash === file ? words.exists(where) : words.idUsed(id, where) };
  }

  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // `wx` fails instead of overwriting, should the file appear between the check and the write.
    writeFileSync(file, renderNewFile(kind, title, today), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' ? 'exists' : code === 'EACCES' || code === 'EPERM' ? 'permission' : String(code ?? error);
    return { ok: false, message: words.cannotWrite(displayPathOf(file), reason) };
  }
  return { ok: true, file, id, suggested };
}
