/**
 * Reads a content root (articles/, actors/, agreements/) into validated entries
 * and a list of problems. One bad file never hides another: every file is read
 * and every problem reported.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../config/settings.ts';
import { parseMarkdown, type ParsedMarkdown } from './frontmatter.ts';
import { normalizeNewlines } from './newlines.ts';
import { frontmatterKey, type FrontmatterMemo, type KeptFrontmatter } from './frontmatter-memo.ts';
import { ENTITY_ID_PATTERN } from './fields.ts';
import { say, type Said } from '../messages/format.ts';
import { FILE_START, problemFrom, type Position, type Problem } from './problem.ts';
import { COLLECTIONS, type ActorData, type AgreementData, type ArticleData, type CollectionName, type EntityCollection } from './schema.ts';
import { suggestFileId } from './suggest-id.ts';
import { validateFrontmatter } from './validate.ts';
import { walkFolder, type FolderListing } from './walk.ts';

/** Larger files are refused: no article needs a megabyte, and the build must stay fast. */
const MAX_FILE_BYTES = 1024 * 1024;

export interface Entry<C extends CollectionName, D> {
  collection: C;
  /** `khalifa-haftar`, or for articles the path under articles/: `2020/10/qatar-mou-breach`. */
  id: string;
  /** Absolute path of the file. */
  file: string;
  /** The path to show a contributor. */
  displayPath: string;
  data: D;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Where a frontmatter value is written. */
  locate(path: readonly PropertyKey[]): Position;
}

export type ArticleEntry = Entry<'articles', ArticleData>;
export type ActorEntry = Entry<'actors', ActorData>;
export type AgreementEntry = Entry<'agreements', AgreementData>;
export type EntityEntry = ActorEntry | AgreementEntry;

export interface Corpus {
  root: string;
  articles: ArticleEntry[];
  actors: ActorEntry[];
  agreements: AgreementEntry[];
  problems: Problem[];
  /** Entity files that exist but could not be read: references to them are not reported again as unknown. */
  unreadableIds: Record<EntityCollection, Set<string>>;
  /** Files whose frontmatter parsed but failed the schema: their references are still checked, so one run reports everything. */
  invalid: Array<Entry<CollectionName, Record<string, unknown>>>;
}

/** The content root: `./content`, or `CONTENT_DIR` (absolute, or relative to the working directory). */
export function resolveContentRoot(env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, readSettings(env).contentDir);
}

/** The path to show a contributor: relative to the working directory when the file is under it. */
export function displayPathOf(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/**
 * Every file of the three collections, read and validated. Links and special
 * files are listed as errors by path (walk.ts), unreadable files as errors at
 * their first line: nothing in a content root makes this throw. `memo`:
 * frontmatter kept from earlier builds (frontmatter-memo.ts); without one
 * every file is parsed.
 */
export function loadCorpus(root: string, memo?: FrontmatterMemo): Corpus {
  const problems: Problem[] = [];
  const corpus: Corpus = { root, articles: [], actors: [], agreements: [], problems, unreadableIds: { actors: new Set(), agreements: new Set() }, invalid: [] };
  if (!isDirectory(root)) {
    problems.push(problemFrom(displayPathOf(root), FILE_START, say('no-content-folder')));
    return corpus;
  }
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const folder = path.join(root, collection);
    const { files, skipped } = listCollection(root, collection);
    for (const { file, said } of skipped) {
      problems.push(problemFrom(displayPathOf(file), FILE_START, said));
      // A linked actors/qatar.md is reported once, here, not again at every article that lists qatar.
      if (collection !== 'articles' && path.dirname(file) === folder && file.endsWith('.md')) corpus.unreadableIds[collection].add(path.basename(file, '.md'));
    }
    for (const relative of files) {
      const entry = readEntry(collection, folder, relative, problems, corpus.invalid, memo);
      if (entry) (corpus[collection] as Array<Entry<CollectionName, unknown>>).push(entry);
      else if (collection !== 'articles' && relative.endsWith('.md')) corpus.unreadableIds[collection].add(relative.slice(0, -'.md'.length));
    }
  }
  return corpus;
}

/**
 * The files of one collection folder, through the one content walk (walk.ts):
 * no link is followed, and each is listed in `skipped`. Entities live directly
 * in their folder; articles may be grouped in sub-folders. A missing folder
 * (or a file where the folder should be) has nothing to list.
 */
export function listCollection(root: string, collection: CollectionName): FolderListing {
  const folder = path.join(root, collection);
  let stats: Stats | undefined;
  try {
    stats = lstatSync(folder, { throwIfNoEntry: false });
  } catch {
    // A root that cannot be searched: the walk says so.
    return walkFolder(folder, { recursive: false, root });
  }
  if (stats === undefined || !(stats.isDirectory() || stats.isSymbolicLink())) return { files: [], skipped: [] };
  return walkFolder(folder, { recursive: collection === 'articles', root });
}

function readEntry(
  collection: CollectionName,
  folder: string,
  relative: string,
  problems: Problem[],
  invalid: Corpus['invalid'],
  memo: FrontmatterMemo | undefined,
): Entry<CollectionName, unknown> | undefined {
  const file = path.join(folder, relative);
  const displayPath = displayPathOf(file);
  const report = (position: Position, said: Said) => problems.push(problemFrom(displayPath, position, said));

  if (!relative.endsWith('.md')) {
    report(FILE_START, say('not-markdown', { folder: collection }));
    return undefined;
  }
  const id = relative.slice(0, -'.md'.length);
  const badSegment = id.split('/').find((segment) => !ENTITY_ID_PATTERN.test(segment));
  if (badSegment !== undefined) {
    report(FILE_START, say('bad-file-name', { segment: badSegment, suggestion: suggestFileId(badSegment, collection) }));
    return undefined;
  }
  const source = readText(file, report);
  if (source === undefined) return undefined;

  let parsed: ParsedMarkdown | undefined;
  const parse = (): ParsedMarkdown => (parsed ??= parseMarkdown(source));
  const kept = memo?.get(frontmatterKey(collection, source), () => keepable(collection, parse(), source));
  if (kept) {
    // A valid file's YAML document is not held for the whole build (about 7 KB a file at 10,000 articles): it is parsed again if a check asks for a position.
    parsed = undefined;
    return {
      collection,
      id,
      file,
      displayPath,
      data: kept.data,
      body: normalizeNewlines(source).slice(kept.bodyOffset),
      bodyLine: kept.bodyLine,
      // Positions are asked for only when a check reports a value: the YAML is parsed again then.
      locate: (at) => parse().locate(at),
    };
  }

  const read = parse();
  for (const { position, said } of read.syntaxProblems) report(position, said);
  if (read.syntaxProblems.length > 0) return undefined;

  const result = validateFrontmatter(COLLECTIONS[collection], read, read.data);
  const entry = { collection, id, file, displayPath, body: read.body, bodyLine: read.bodyLine, locate: read.locate };
  if (!result.ok) {
    for (const { position, said } of result.problems) report(position, said);
    if (isRecord(read.data)) invalid.push({ ...entry, data: read.data });
    return undefined;
  }
  return { ...entry, data: result.data };
}

/** What a file keeps of its frontmatter for the next build: null unless it parsed, passed its schema, and its body is the end of its text. */
function keepable(collection: CollectionName, parsed: ParsedMarkdown, source: string): KeptFrontmatter | null {
  const text = normalizeNewlines(source);
  if (parsed.syntaxProblems.length > 0 || !text.endsWith(parsed.body)) return null;
  const result = validateFrontmatter(COLLECTIONS[collection], parsed, parsed.data);
  if (!result.ok) return null;
  return { data: result.data, bodyOffset: text.length - parsed.body.length, bodyLine: parsed.bodyLine };
}

/**
 * The text of a listed file. It is opened without following a link and
 * without waiting on a pipe, in case the file was swapped after the walk
 * listed it; whatever the file system refuses becomes a message.
 */
function readText(file: string, report: (position: Position, said: Said) => void): string | undefined {
  let bytes: Buffer;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) {
      report(FILE_START, say('not-regular-file'));
      return undefined;
    }
    if (stats.size > MAX_FILE_BYTES) {
      report(FILE_START, say('file-too-large', { megabytes: (stats.size / 1024 / 1024).toFixed(1) }));
      return undefined;
    }
    bytes = readFileSync(descriptor);
  } catch (error) {
    report(FILE_START, unreadableMessage(error));
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  if (bytes.length === 0) {
    report(FILE_START, say('empty-file'));
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report(FILE_START, say('not-utf8'));
    return undefined;
  }
}

function unreadableMessage(error: unknown): Said {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ELOOP') return say('file-became-link');
  if (code === 'EACCES' || code === 'EPERM') return say('permission-denied');
  if (code === 'ENOENT') return say('file-disappeared');
  return say('unreadable-file', { reason: code ?? String(error) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
