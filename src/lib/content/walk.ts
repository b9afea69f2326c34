/**
 * The one way anything reads the folders of a content root: the loader, the
 * site index's change signature, and through them `npm run check`, the build,
 * the dev server and every command.
 *
 * Symbolic links are never followed. A content folder is what a contributor
 * sees and commits; a link makes the published site depend on files elsewhere
 * (outside the repository, or private), Git on Windows checks links out as
 * small text files, and a link to a folder that contains it would make any
 * following walk endless. So each link, like any entry that is neither a file
 * nor a folder (a pipe, a socket, a device), is not read and is reported by
 * its path instead, with what it points at. Only the content root itself
 * (CONTENT_DIR) may be a link: the person running the build chose it.
 *
 * Nothing here throws: an unreadable folder is reported the same way.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { LinkSituation } from '../messages/entries/files.ts';
import { messageText, say, type Said } from '../messages/format.ts';

/** An entry of a content folder that is not read, and why. */
interface SkippedEntry {
  /** Absolute path of the entry. */
  file: string;
  /** What is wrong and what to do, for the contributor, in the run's language. */
  said: Said;
  /** The same as one text: what a change signature (src/lib/site-index.ts) hashes. */
  message: string;
}

function skippedEntry(file: string, said: Said): SkippedEntry {
  return { file, said, message: messageText(said) };
}

/** What a walk found. */
export interface FolderListing {
  /** Regular files, relative to the folder with `/` separators, in code-unit order. */
  files: string[];
  /** Links, special files and unreadable folders, in code-unit order of their paths. */
  skipped: SkippedEntry[];
}

export interface WalkOptions {
  /** Descend into sub-folders (articles may be grouped by year and month; entities live flat). */
  recursive: boolean;
  /** The content root, to say whether a link points inside or outside it. Defaults to the folder. */
  root?: string;
}

/**
 * Lists the regular files under `folder` without following any symbolic link.
 * A folder that is itself a link, or is missing, is reported rather than read.
 */
export function walkFolder(folder: string, { recursive, root = folder }: WalkOptions): FolderListing {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const own = lstatOrUndefined(folder);
  if (own?.isSymbolicLink()) return { files, skipped: [skippedEntry(folder, linkMessage(folder, root))] };
  // Folders still to read, relative to `folder` ('' is the folder itself); a stack, so depth costs no recursion.
  const pending = [''];
  while (pending.length > 0) {
    const relative = pending.pop() as string;
    const directory = path.join(folder, relative);
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      skipped.push(skippedEntry(directory, say('unreadable-folder', { reason: errorCode(error) })));
      continue;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const full = path.join(folder, child);
      if (entry.isFile()) files.push(child);
      else if (entry.isDirectory()) {
        if (recursive) pending.push(child);
      } else if (entry.isSymbolicLink()) skipped.push(skippedEntry(full, linkMessage(full, root)));
      else skipped.push(skippedEntry(full, say('special-file')));
    }
  }
  files.sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped };
}

/** What a link points at, said so that the contributor knows which file was meant. */
function linkMessage(link: string, root: string): Said {
  const target = readTarget(link);
  const said = (situation: LinkSituation, reason?: string) => say('symbolic-link', { target, situation, reason });
  let resolved: string;
  try {
    statSync(link);
    resolved = realpathSync(link);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return said('loop');
    if (code === 'ENOENT' || code === 'ENOTDIR') return said('dangling');
    return said('unfollowable', code);
  }
  if (isWithin(path.dirname(link), resolved)) return said('contains-itself');
  if (!isWithin(resolved, realpathOr(root))) return said('outside');
  return said('plain');
}

function readTarget(link: string): string | undefined {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}

/** Whether `inner` is `outer` or lies under it (both resolved). */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, realpathOr(inner));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(error);
}
