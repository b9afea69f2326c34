/**
 * An article's text, read again from its file by the thread that indexes the
 * site for search, instead of copied to it (src/lib/search/source.ts). The
 * text read must be the one the site index scanned and the pages show: it is
 * checked against the digest the index took of it (documentDigest), and a
 * file changed since the build read it stops the build with a message, so
 * that no record is made from another text than its page.
 */
import { readFileSync } from 'node:fs';
import type { ArticleData } from '../content/schema.ts';
import { normalizeNewlines } from '../content/newlines.ts';
import { documentDigest } from '../mentions/document-digest.ts';

/** Where an article's text is in its file, and what the site index read of it. */
export interface StoredText {
  /** Absolute path of the file. */
  file: string;
  /** The path to show in a message. */
  displayPath: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** The body's length in UTF-16 code units: the body is the end of the file's text. */
  length: number;
  /** Entity keys the frontmatter lists, as the scan read them. */
  named: readonly string[];
  /** documentDigest of the title, date, names and body the site index scanned. */
  digest: string;
}

/** Thrown when the file no longer holds the text the build read. */
export class ChangedTextError extends Error {}

/** The body of an article, from its file; throws ChangedTextError if it is not the text the site index read. */
export function readStoredBody(text: StoredText, data: Pick<ArticleData, 'title' | 'date'>): string {
  let source: string;
  try {
    source = normalizeNewlines(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(text.file)));
  } catch {
    throw changed(text);
  }
  const body = source.slice(source.length - text.length);
  const digest = documentDigest({ title: data.title, body, bodyLine: text.bodyLine, date: data.date, named: text.named });
  if (body.length !== text.length || digest !== text.digest) throw changed(text);
  return body;
}

const changed = (text: StoredText) =>
  new ChangedTextError(
    `${text.displayPath}: the file changed while the site was being built; build again so that its page and its search record match`,
  );
