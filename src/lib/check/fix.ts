/**
 * `npm run check -- --fix`: adds missing entity ids to an article's
 * frontmatter by editing the text in place, so every comment, quote and line
 * the contributor wrote stays exactly as it was.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';

export type IdAdditions = Partial<Record<'actors' | 'agreements', string[]>>;

interface Edit {
  at: number;
  text: string;
}

export function addIdsToFrontmatter(source: string, additions: IdAdditions): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = source.includes('\r\n');
  const text = source.slice(bom.length).replace(/\r\n/g, '\n');
  const yamlStart = text.indexOf('\n');
  const yamlEnd = text.indexOf('\n---', yamlStart);
  if (!text.startsWith('---') || yamlStart === -1 || yamlEnd === -1) return source;
  const yaml = text.slice(yamlStart, yamlEnd);
  const document = parseDocument(yaml);
  if (document.errors.length > 0 || !isMap(document.contents)) return source;

  const edits: Edit[] = [];
  for (const field of ['actors', 'agreements'] as const) {
    const ids = additions[field];
    if (!ids || ids.length === 0) continue;
    const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === field) as Pair<Node, Node | null> | undefined;
    const edit = pair ? editList(yaml, pair, ids) : { at: yaml.length, text: `\n${field}: [${ids.join(', ')}]` };
    if (!edit) return source;
    edits.push(edit);
  }
  let edited = yaml;
  for (const { at, text: inserted } of edits.sort((a, b) => b.at - a.at)) edited = edited.slice(0, at) + inserted + edited.slice(at);
  const result = text.slice(0, yamlStart) + edited + text.slice(yamlEnd);
  return bom + (crlf ? result.replace(/\n/g, '\r\n') : result);
}

function editList(yaml: string, pair: Pair<Node, Node | null>, ids: string[]): Edit | undefined {
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    const keyEnd = pair.key.range?.[1] ?? 0;
    const colon = yaml.indexOf(':', keyEnd);
    return { at: colon + 1, text: ` [${ids.join(', ')}]` };
  }
  if (!isSeq(value) || !value.range) return undefined;
  const items = value.items as Node[];
  const last = items.at(-1);
  if (value.flow) {
    if (!last?.range) return { at: value.range[0] + 1, text: ids.join(', ') };
    return { at: last.range[1], text: `, ${ids.join(', ')}` };
  }
  const first = items[0];
  if (!first?.range || !last?.range) return undefined;
  const lineStart = yaml.lastIndexOf('\n', first.range[0]) + 1;
  const prefix = yaml.slice(lineStart, first.range[0]);
  const indent = prefix.slice(0, prefix.indexOf('-'));
  const lineEnd = yaml.indexOf('\n', last.range[1]);
  return { at: lineEnd === -1 ? yaml.length : lineEnd, text: ids.map((id) => `\n${indent}- ${id}`).join('') };
}
