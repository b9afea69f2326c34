/**
 * Frontmatter read and validated by an earlier build, kept per file content:
 * parsing the YAML of every file with positions and validating it takes a
 * 10,000-article rebuild about 4 s (profiled), for files that did not change.
 * Only a file that parsed and passed its schema is kept; one with a problem
 * is read again every time, so its problems are reported every time. A kept
 * entry parses its YAML again only if a later check asks where a value is
 * written.
 */
import { createHash } from 'node:crypto';
import { KeptMemo, keptMemo, type KeptWork } from '../build/kept-work.ts';
import type { CollectionName } from './schema.ts';

/** What a valid file gave: its data as the schema returned it, and where its body starts. */
export interface KeptFrontmatter {
  data: unknown;
  /** Offset of the body in the file's text with its line endings normalised. */
  bodyOffset: number;
  bodyLine: number;
}

/** `null`: the file had a problem, and is read again. */
export type FrontmatterMemo = KeptMemo<KeptFrontmatter | null>;

const FRONTMATTER: KeptWork = { prefix: 'frontmatter-', code: ['content', 'arabic', 'config', 'messages'], packages: ['yaml', 'gray-matter', 'zod'] };

/** A file's key: its collection (each has its schema) and its text. */
export function frontmatterKey(collection: CollectionName, source: string): string {
  return createHash('sha1').update(collection).update('\0').update(source).digest('base64');
}

/** The memo kept under `cacheDir`, read once per process. */
export function frontmatterMemo(cacheDir: string): FrontmatterMemo {
  return keptMemo<KeptFrontmatter | null>(FRONTMATTER, cacheDir);
}

/** A memo kept in `file`, or in memory only without one. */
export function frontmatterMemoAt(file?: string): FrontmatterMemo {
  return new KeptMemo<KeptFrontmatter | null>(FRONTMATTER, file);
}
