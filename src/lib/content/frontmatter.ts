/**
 * Splits a Markdown file into frontmatter and body and parses the YAML with
 * positions, so that every later problem can point at the line a contributor
 * has to change.
 */
import { normalizeNewlines } from './newlines.ts';
import matter from 'gray-matter';
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { say, type Said } from '../messages/format.ts';
import { FILE_START, type Position } from './problem.ts';
import { fieldProblem, type FieldProblem } from './validate.ts';

export interface ParsedMarkdown {
  /** The frontmatter as plain data, or `undefined` when it could not be read. */
  data: unknown;
  /** The Markdown after the frontmatter, exactly as written. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** Problems that stop the frontmatter from being read at all. */
  syntaxProblems: FieldProblem[];
  /** Where the value at `path` is written; the nearest written parent when it is absent. */
  locate(path: readonly PropertyKey[]): Position;
  /** Where the key `key` of the mapping at `parent` is written. */
  locateKey(parent: readonly PropertyKey[], key: string): Position;
  /** Whether the frontmatter writes this path (as opposed to a default filling it in). */
  has(path: readonly PropertyKey[]): boolean;
}

/**
 * What gray-matter would take as the name of a parser: anything but spaces
 * and tabs after the opening `---` on its line, invisible characters (a
 * byte-order mark, a no-break space) included.
 */
const OPENING_WITH_TEXT = /^---[ \t]*([^ \t\n][^\n]*)$/m;

/** Parsers gray-matter would pick from that name; frontmatter is YAML and nothing is ever evaluated. */
const REFUSED_ENGINE = (): never => {
  throw new Error('frontmatter is YAML only');
};

export function parseMarkdown(rawSource: string): ParsedMarkdown {
  const source = normalizeNewlines(rawSource);
  const firstLine = source.slice(0, source.indexOf('\n') === -1 ? source.length : source.indexOf('\n'));
  const extra = firstLine.startsWith('---') && !/^-{4,}/.test(firstLine) ? OPENING_WITH_TEXT.exec(firstLine)?.[1] : undefined;
  if (extra !== undefined) {
    // gray-matter would read "---js" as "evaluate this as JavaScript": never hand it such a line.
    return unreadable(source, say('opening-line', { extra: extra.slice(0, 40) }));
  }
  let yamlText: string | undefined;
  // gray-matter finds the delimiters; the YAML itself is parsed below with positions.
  const split = matter(source, {
    language: 'yaml',
    engines: { yaml: (text: string) => ((yamlText = text), {}), js: REFUSED_ENGINE, javascript: REFUSED_ENGINE, json: REFUSED_ENGINE, coffee: REFUSED_ENGINE },
  });
  const body = split.content;
  const bodyOffset = source.endsWith(body) ? source.length - body.length : source.indexOf(body);
  const bodyLine = countLines(source, bodyOffset);
  // `---` straight after `---`: an empty frontmatter, which gray-matter reports as none at all.
  if (yamlText === undefined && /^---[ \t]*\n---[ \t]*(\n|$)/.test(source)) yamlText = '';

  if (yamlText === undefined) {
    return {
      data: undefined,
      body,
      bodyLine,
      syntaxProblems: [fieldProblem(FILE_START, say('no-frontmatter'))],
      locate: () => FILE_START,
      locateKey: () => FILE_START,
      has: () => false,
    };
  }

  // The captured text begins right after the opening `---`, so its line n is the file's line n.
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxProblems = [
    ...document.errors.map((error) => fieldProblem(at(error.pos[0]), describeYamlError(error.code, error.message))),
    ...findAnchors(document, at),
  ];
  const data: unknown = syntaxProblems.length > 0 ? undefined : (document.toJS() ?? {});
  const opening: Position = FILE_START;

  return {
    data,
    body,
    bodyLine,
    syntaxProblems,
    locate(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = document.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return at(node.range[0]);
        if (depth === 1 || depth === path.length) {
          const key = keyNode(document, path.slice(0, depth - 1), path[depth - 1]);
          if (key) return key;
        }
      }
      return opening;
    },
    locateKey(parent, key) {
      return keyNode(document, parent, key) ?? this.locate(parent);
    },
    has(path) {
      return document.hasIn(path);
    },
  };

  function keyNode(doc: Document, parent: readonly PropertyKey[], key: PropertyKey | undefined): Position | undefined {
    const container = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (!isMap(container)) return undefined;
    for (const pair of container.items) {
      if (isScalar(pair.key) && String(pair.key.value) === String(key) && pair.key.range) return at(pair.key.range[0]);
    }
    return undefined;
  }
}

/** A file whose frontmatter cannot be read at all: one problem on line 1, no data. */
function unreadable(source: string, said: Said): ParsedMarkdown {
  return {
    data: undefined,
    body: source,
    bodyLine: 1,
    syntaxProblems: [fieldProblem(FILE_START, said)],
    locate: () => FILE_START,
    locateKey: () => FILE_START,
    has: () => false,
  };
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** Anchors and aliases let a few lines expand into millions of values; frontmatter never needs them. */
function findAnchors(document: Document, at: (offset: number) => Position): FieldProblem[] {
  const found: FieldProblem[] = [];
  visit(document, (_key, node) => {
    if (isAlias(node) || (isNode(node) && 'anchor' in node && node.anchor)) found.push(fieldProblem(at(node.range?.[0] ?? 0), say('yaml-anchor')));
  });
  return found;
}

/** The YAML library's own first line is kept as the detail: it names the character or key at fault. */
function describeYamlError(code: string, message: string): Said {
  const detail = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return say('duplicate-key', { detail });
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return say('yaml-layout', { detail });
    default:
      return say('yaml-syntax', { detail });
  }
}
