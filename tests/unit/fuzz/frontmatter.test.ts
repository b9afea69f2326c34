/**
 * The frontmatter reader on arbitrary text and on arbitrary YAML-ish text
 * between `---` lines: it never throws, every position it gives is on a line
 * of the file, and data is there exactly when nothing stopped it being read.
 * Inputs are bounded, so a hang shows as vitest's timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, type ParsedMarkdown } from '../../../src/lib/content/frontmatter.ts';
import { normalizeNewlines } from '../../../src/lib/content/newlines.ts';
import type { Position } from '../../../src/lib/content/problem.ts';

/** Generous: the inputs take milliseconds; only a hang reaches it. */
const HANG_TIMEOUT_MS = 60_000;

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom('-', '-', '\n', '\r', ':', ' ', 'a', '#', '\uFEFF'), maxLength: 60 }),
);

/** Pieces of YAML and of its mistakes: indicators, quotes, anchors, tags, directives, flow collections, block scalars. */
const YAML_TOKENS = [
  'title',
  'date',
  'actors',
  'summary',
  'draft',
  'a',
  'العنوان',
  'قطر',
  '2020-10-26',
  '2020-02-30',
  '1e3',
  'true',
  'null',
  '~',
  ': ',
  ':',
  ' ',
  '  ',
  '\t',
  '- ',
  '-',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '\\',
  '\\u0000',
  '#',
  ' # c',
  '&a ',
  '*a',
  '<<: ',
  '!!str ',
  '!tag ',
  '%YAML 1.2',
  '%TAG ! x',
  '|',
  '>-',
  '|2',
  '...',
  '---',
  '--- ',
  '\0',
  '\u200F',
  '\u202E',
  '\uFEFF',
  '\uD800',
  '\u{1F600}',
  '\u0651\u0651\u0651',
];
const yamlLine = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 12 }).map((tokens) => tokens.join(''));
/** Up to a few hundred lines, with the occasional long repetition of one line. */
const yamlish = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: yamlLine },
      {
        weight: 1,
        arbitrary: fc.tuple(yamlLine, fc.integer({ min: 1, max: 300 })).map(([line, count]) => Array(count).fill(line).join('\n')),
      },
    ),
    { maxLength: 20 },
  )
  .map((lines) => lines.join('\n'));
const newline = fc.constantFrom('\n', '\n', '\r\n', '\r');

/** `---`, YAML-ish lines, `---`, a body; `opening` is what follows the first `---` on its line. */
const fileWith = (opening: fc.Arbitrary<string>) =>
  fc
    .record({ bom: fc.boolean(), opening, yaml: yamlish, eol: newline, closed: fc.boolean(), body: anyText })
    .map(
      ({ bom, opening: rest, yaml, eol, closed, body }) =>
        `${bom ? '\uFEFF' : ''}---${rest}${eol}${yaml.replace(/\n/g, eol)}${closed ? `${eol}---${eol}` : ''}${body}`,
    );
/** The opening line as written in the content format: nothing, or trailing blanks. */
const bareOpening = fc.constantFrom('', ' ', '  ', '\t');

/** Lines of the file as contributors count them: CRLF and CR are line ends too. */
const lineCount = (source: string): number => normalizeNewlines(source).split('\n').length;

/** A problem or `locate` result must name a line of the file and a column on it. */
function expectOnALine(position: Position, source: string): void {
  expect(position.line).toBeGreaterThanOrEqual(1);
  expect(position.line).toBeLessThanOrEqual(lineCount(source));
  expect(position.column).toBeGreaterThanOrEqual(1);
}

/** What every parse must satisfy, whatever the text. */
function expectWellFormed(parsed: ParsedMarkdown, source: string): void {
  for (const { position } of parsed.syntaxProblems) expectOnALine(position, source);
  expect(parsed.data === undefined).toBe(parsed.syntaxProblems.length > 0);
  expect(parsed.bodyLine).toBeGreaterThanOrEqual(1);
  expect(parsed.bodyLine).toBeLessThanOrEqual(lineCount(source));
  expect(normalizeNewlines(source).endsWith(parsed.body)).toBe(true);
  for (const path of [[], ['title'], ['actors', 0], ['source', 'name'], ['a', 'b', 'c']] as const)
    expectOnALine(parsed.locate(path), source);
  expectOnALine(parsed.locateKey([], 'title'), source);
  expect(typeof parsed.has(['title'])).toBe('boolean');
}

describe('parseMarkdown on arbitrary text', () => {
  it(
    'never throws, and gives positions on lines of the file',
    () => {
      fc.assert(
        fc.property(anyText, (source) => {
          expectWellFormed(parseMarkdown(source), source);
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );
});

describe('parseMarkdown on YAML-ish text between --- lines', () => {
  it(
    'never throws, gives positions on lines of the file, and data exactly when nothing stopped the reading',
    () => {
      fc.assert(
        fc.property(fileWith(bareOpening), (source) => {
          expectWellFormed(parseMarkdown(source), source);
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  it(
    'finds the body on the line after the closing ---',
    () => {
      fc.assert(
        fc.property(yamlish, anyText, newline, (yaml, body, eol) => {
          const fields = yaml.replace(/(^|\n)---/g, '$1x');
          const source = `---${eol}${fields.replace(/\n/g, eol)}${eol}---${eol}${body}`;
          const parsed = parseMarkdown(source);
          const bodyLine = fields.split('\n').length + 3;
          expect(parsed.bodyLine).toBe(bodyLine);
        }),
        { numRuns: 500 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  // gray-matter reads whatever follows the first `---` as the name of a parser; parseMarkdown must refuse such a line itself.
  it(
    'never throws whatever follows the opening ---',
    () => {
      const opening = fc.oneof(bareOpening, fc.string({ unit: fc.constantFrom(...'ajsonymlt :-'), maxLength: 8 }));
      fc.assert(
        fc.property(fileWith(opening), (source) => {
          expectWellFormed(parseMarkdown(source), source);
        }),
        { numRuns: 1000 },
      );
    },
    HANG_TIMEOUT_MS,
  );

  // gray-matter would evaluate `---js` frontmatter as JavaScript while a file is merely read.
  it('never runs the frontmatter as code', () => {
    const marker = Symbol.for('marsad.fuzz.frontmatter-ran');
    const holder = globalThis as typeof globalThis & { [marker]?: boolean };
    delete holder[marker];
    parseMarkdown(`---js\nglobalThis[Symbol.for('marsad.fuzz.frontmatter-ran')] = true\n---\nbody\n`);
    expect(holder[marker]).toBeUndefined();
  });
});
