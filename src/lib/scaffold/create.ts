/** `npm run new`: writes one new content file, never over an existing one. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suggestId } from '../arabic/transliterate.ts';
import { displayPathOf } from '../content/corpus.ts';
import { ENTITY_ID_PATTERN } from '../content/fields.ts';
import type { NewRequest } from './args.ts';
import { clashingFiles, targetFile } from './target.ts';
import { renderNewFile } from './template.ts';

/** A request plus where and when to write it. */
export interface CreateOptions extends NewRequest {
  /** The content root (see `resolveContentRoot`). */
  root: string;
  /** The date to write, `YYYY-MM-DD`. */
  today: string;
}

/** The file written, or why nothing was. */
export type CreateResult = { ok: true; file: string; id: string; suggested: boolean } | { ok: false; message: string };

/** Picks the id (given, or suggested from the title), refuses clashes, and writes the file. */
export function createEntry(options: CreateOptions): CreateResult {
  const { kind, title, root, today } = options;
  const suggested = options.id === undefined;
  const id = options.id ?? suggestId(title);
  if (suggested && id === '') {
    return { ok: false, message: `could not make a Latin id from "${title}": choose one with --id, for example --id ${kind === 'article' ? 'ceasefire-talks' : 'khalifa-haftar'}` };
  }
  if (!ENTITY_ID_PATTERN.test(id)) return { ok: false, message: invalidIdMessage(id, kind) };

  const file = targetFile(root, kind, id, today);
  const clash = clashingFiles(root, kind, id, today).find((candidate) => existsSync(candidate));
  if (clash !== undefined) {
    const where = displayPathOf(clash);
    const reason = clash === file ? `${where} already exists` : `the id ${id} is already used by ${where} (actors and agreements share ids)`;
    return { ok: false, message: `${reason}: nothing was written; pass --id to choose another id, or edit that file` };
  }

  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // `wx` fails instead of overwriting, should the file appear between the check and the write.
    writeFileSync(file, renderNewFile(kind, title, today), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' ? 'it already exists' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code ?? error);
    return { ok: false, message: `could not write ${displayPathOf(file)}: ${reason}` };
  }
  return { ok: true, file, id, suggested };
}

function invalidIdMessage(id: string, kind: NewRequest['kind']): string {
  const folderHint = kind === 'article' && id.includes('/') ? ' (give only the file name: the folders come from the date)' : '';
  return `"${id}" cannot be an id: use lower-case Latin letters, digits and single hyphens, such as khalifa-haftar${folderHint}`;
}
