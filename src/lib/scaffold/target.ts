/** Where a new file goes, and which existing files would make it a mistake. */
import path from 'node:path';
import { NEW_KINDS, type NewKind } from './kinds.ts';

/**
 * Articles are filed by the year and month of their date
 * (`articles/2020/10/<id>.md`); actors and agreements sit directly in their folder.
 */
export function targetFile(root: string, kind: NewKind, id: string, today: string): string {
  const folder = NEW_KINDS[kind];
  if (kind !== 'article') return path.join(root, folder, `${id}.md`);
  const [year = '', month = ''] = today.split('-');
  return path.join(root, folder, year, month, `${id}.md`);
}

/**
 * Files that already hold this id: the target itself and, for an entity, the
 * same id in the other entity folder (actors and agreements share one set of ids).
 */
export function clashingFiles(root: string, kind: NewKind, id: string, today: string): string[] {
  const clashes = [targetFile(root, kind, id, today)];
  if (kind === 'actor') clashes.push(targetFile(root, 'agreement', id, today));
  if (kind === 'agreement') clashes.push(targetFile(root, 'actor', id, today));
  return clashes;
}
