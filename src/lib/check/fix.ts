/**
 * `npm run check -- --fix`: edits frontmatter text in place (adds missing
 * entity ids, replaces a misspelled id, writes a date's digits as ASCII), so
 * every comment, quote, line ending and line the contributor wrote stays
 * exactly as it was: only the characters of the edit change.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';

export type IdAdditions = Partial<Record<'actors' | 'agreements', string[]>>;

interface Edit {
  /** Offset in the frontmatter's YAML text. */
  at: number;
  /** How many characters the edit replaces there (0 for an insertion). */
  length: number;
  text: string;
}

/** The YAML between the `---` lines of a file, read without changing a byte of it. */
interface Frontmatter {
  source: string;
  /** Offset of the YAML text in the source (after the first `---` line's end). */
  start: number;
  yaml: string;
  document: Document.Parsed;
  /** The line ending the file uses, for inserted lines. */
  newline: string;
}

function readFrontmatter(source: string): Frontmatter | undefined {
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  if (!source.startsWith('---', bom)) return undefined;
  const start = source.indexOf('\n', bom);
  if (start === -1) return undefined;
  const end = /\r?\n---/.exec(source.slice(start));
  if (!end) return undefined;
  const yaml = source.slice(start, start + end.index);
  const document = parseDocument(yaml);
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  return { source, start, yaml, document, newline: source.includes('\r\n') ? '\r\n' : '\n' };
}

function applyEdits(frontmatter: Frontmatter, edits: readonly Edit[]): string {
  let edited = frontmatter.yaml;
  for (const { at, length, text } of [...edits].sort((a, b) => b.at - a.at))
    edited = edited.slice(0, at) + text + edited.slice(at + length);
  const { source, start, yaml } = frontmatter;
  return source.slice(0, start) + edited + source.slice(start + yaml.length);
}

export function addIdsToFrontmatter(source: string, additions: IdAdditions): string {
  const frontmatter = readFrontmatter(source);
  if (!frontmatter) return source;
  const { document, yaml, newline } = frontmatter;
  const map = document.contents;
  if (!isMap(map)) return source;
  const edits: Edit[] = [];
  for (const field of ['actors', 'agreements'] as const) {
    const ids = additions[field];
    if (!ids || ids.length === 0) continue;
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === field) as Pair<Node, Node | null> | undefined;
    const edit = pair
      ? editList(yaml, pair, ids, newline)
      : { at: yaml.length, length: 0, text: `${newline}${field}: [${ids.join(', ')}]` };
    if (!edit) return source;
    edits.push(edit);
  }
  return applyEdits(frontmatter, edits);
}

function editList(yaml: string, pair: Pair<Node, Node | null>, ids: string[], newline: string): Edit | undefined {
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    const keyEnd = pair.key.range?.[1] ?? 0;
    const colon = yaml.indexOf(':', keyEnd);
    return { at: colon + 1, length: 0, text: ` [${ids.join(', ')}]` };
  }
  if (!isSeq(value) || !value.range) return undefined;
  const items = value.items as Node[];
  const last = items.at(-1);
  if (value.flow) {
    if (!last?.range) return { at: value.range[0] + 1, length: 0, text: ids.join(', ') };
    return { at: last.range[1], length: 0, text: `, ${ids.join(', ')}` };
  }
  const first = items[0];
  if (!first?.range || !last?.range) return undefined;
  const lineStart = yaml.lastIndexOf('\n', first.range[0]) + 1;
  const prefix = yaml.slice(lineStart, first.range[0]);
  const indent = prefix.slice(0, prefix.indexOf('-'));
  let lineEnd = yaml.indexOf('\n', last.range[1]);
  if (lineEnd === -1) lineEnd = yaml.length;
  else if (yaml[lineEnd - 1] === '\r') lineEnd -= 1;
  return { at: lineEnd, length: 0, text: ids.map((id) => `${newline}${indent}- ${id}`).join('') };
}

/** A value to rewrite: the scalar at `path`, whose written text `rewrite` turns into the new text. */
export interface ValueEdit {
  path: readonly PropertyKey[];
  rewrite: (written: string) => string;
}

/**
 * Rewrites scalar values where they are written (quotes and all: `rewrite`
 * sees the text as typed). A path that leads to no scalar is left alone, and
 * so is the whole file when its frontmatter does not parse.
 */
export function rewriteValues(source: string, edits: readonly ValueEdit[]): string {
  const frontmatter = readFrontmatter(source);
  if (!frontmatter) return source;
  const planned: Edit[] = [];
  for (const { path, rewrite } of edits) {
    const node: unknown = frontmatter.document.getIn(path, true);
    if (!isScalar(node) || !node.range) continue;
    const [at, end] = node.range;
    const written = frontmatter.yaml.slice(at, end);
    const text = rewrite(written);
    if (text !== written) planned.push({ at, length: end - at, text });
  }
  return applyEdits(frontmatter, planned);
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits: what an Arabic or Persian keyboard types. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** The text with every Arabic-Indic and Persian digit written as its ASCII digit, and nothing else changed. */
export function asciiDigits(text: string): string {
  return text.replace(EASTERN_DIGIT, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90));
}

/** Every key whose value is a date, at any depth (an article's sources, an alias's window). */
const DATE_KEYS = new Set(['date', 'updated', 'born', 'founded', 'dissolved', 'signed', 'from', 'until']);

/** The date values written with Arabic-Indic or Persian digits: where, and as written (quotes included). */
export function easternDigitDates(source: string): Array<{ path: readonly PropertyKey[]; written: string }> {
  const frontmatter = readFrontmatter(source);
  if (!frontmatter) return [];
  const found: Array<{ path: readonly PropertyKey[]; written: string }> = [];
  visit(frontmatter.document, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || !DATE_KEYS.has(String(pair.key.value)) || !isScalar(pair.value) || !pair.value.range) return;
      const [at, end] = pair.value.range;
      const written = frontmatter.yaml.slice(at, end);
      if (!new RegExp(EASTERN_DIGIT.source, 'u').test(written)) return;
      found.push({ path: [...keyPath(path), pair.key.value as PropertyKey], written });
    },
  });
  return found;
}

/** The frontmatter path of a pair from the ancestors `visit` gives it (maps give keys, sequences indexes). */
function keyPath(ancestors: readonly unknown[]): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let index = 1; index < ancestors.length; index += 1) {
    const node = ancestors[index];
    const parent = ancestors[index - 1];
    if (isPair(node) && isScalar(node.key)) keys.push(node.key.value as PropertyKey);
    else if (isSeq(parent)) keys.push(parent.items.indexOf(node as never));
  }
  return keys;
}
