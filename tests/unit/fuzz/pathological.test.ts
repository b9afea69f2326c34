/**
 * Content that is unusual but plausible never crashes or stalls the build:
 * Markdown nested thousands deep (block quotes, lists, emphasis, links,
 * inline and block HTML, and mixtures of them), and long runs of mentions.
 * The check and the renderer return, every problem they raise is a
 * `path:line:col` problem, and time grows at most linearly with the size of
 * the input, measured by comparing sizes within one run, never against a
 * wall-clock constant.
 */
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longArticle, type ArticleShape } from '../../../bench/synthetic/long-article.ts';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { MAX_NESTING } from '../../../src/lib/markdown/nesting.ts';
import { renderEntryHtml } from '../../../src/lib/markdown/render.ts';
import { ContentProblemError } from '../../../src/lib/markdown/render-guard.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { scanDocument } from '../../../src/lib/mentions/scan.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

/** Generous: every input here takes well under a second; only a stall reaches it. */
const STALL_TIMEOUT_MS = 120_000;
const ARTICLE = 'articles/2020/10/pathological.md';
const HEAD = '---\ntitle: نص غريب عن قطر\ndate: 2020-10-26\nsummary: ملخص.\nactors: [qatar]\n---\n\n';
/** Line of the body's first line in the file. */
const BODY_LINE = HEAD.split('\n').length;
const PROBLEM_LINE = /^[^\n]+:\d+:\d+: (error|warning): [^\n]+$/;
const settings = readSiteSettings({});

/** Block-level wrappers: each opens one container on the line. */
const BLOCKS = { quote: '> ', bullet: '- ', star: '* ', ordered: '1. ' } as const;
/** Inline wrappers: opening and closing text. */
const INLINES = {
  emphasis: ['*و ', ' ف*'],
  strong: ['**و ', ' ف**'],
  strike: ['~~و ', ' ف~~'],
  link: ['[و ', '](https://example.org/a)'],
  inlineHtml: ['<b>', '</b>'],
  span: ['<span class="x">', '</span>'],
} as const;

type Block = keyof typeof BLOCKS;
type Inline = keyof typeof INLINES;

/** A document nested `blockDepth` containers deep, then `inlineDepth` inline wrappers, around a mention; or other deep shapes. */
interface Nested {
  kind: 'line' | 'indented list' | 'block html' | 'lines of quotes';
  blocks: Block[];
  inlines: Inline[];
  blockDepth: number;
  inlineDepth: number;
}

const nested: fc.Arbitrary<Nested> = fc.record({
  kind: fc.constantFrom('line', 'line', 'line', 'indented list', 'block html', 'lines of quotes'),
  blocks: fc.array(fc.constantFrom<Block>('quote', 'bullet', 'star', 'ordered'), { minLength: 1, maxLength: 3 }),
  inlines: fc.array(fc.constantFrom<Inline>('emphasis', 'strong', 'strike', 'link', 'inlineHtml', 'span'), { minLength: 1, maxLength: 3 }),
  blockDepth: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 })),
  inlineDepth: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 })),
});

const cycle = <T>(items: readonly T[], count: number): T[] => Array.from({ length: count }, (_, index) => items[index % items.length] as T);

function markdownOf({ kind, blocks, inlines, blockDepth, inlineDepth }: Nested): string {
  const wrappers = cycle(inlines, inlineDepth).map((name) => INLINES[name]);
  const inline =
    wrappers.map(([open]) => open).join('') +
    'قطر' +
    wrappers
      .map(([, close]) => close)
      .reverse()
      .join('');
  switch (kind) {
    case 'line':
      return (
        'مقدمة عن قطر.\n\n' +
        cycle(blocks, blockDepth)
          .map((name) => BLOCKS[name])
          .join('') +
        inline +
        '\n'
      );
    case 'indented list':
      // Depth by indentation: the text grows with the square of the depth, so it stays shallower.
      return (
        cycle(blocks, Math.min(blockDepth, 300))
          .map((_, level) => `${'  '.repeat(level)}- قطر`)
          .join('\n') +
        '\n' +
        inline +
        '\n'
      );
    case 'block html':
      return '<div>\n' + '<div>'.repeat(blockDepth) + inline + '</div>'.repeat(blockDepth) + '\n</div>\n\nثم قطر.\n';
    case 'lines of quotes':
      return (
        Array.from({ length: Math.max(1, blockDepth) }, (_, line) => '> '.repeat(line % 200) + 'قطر').join('\n') + '\n\n' + inline + '\n'
      );
  }
}

/** A lower bound on how deep the document nests, for cases clear enough to expect a verdict on. */
function nominalDepth(document: Nested): number {
  // A link inside a link is not a link (CommonMark): only the innermost one nests.
  const inline = cycle(document.inlines, document.inlineDepth).filter((name) => name !== 'link').length;
  switch (document.kind) {
    case 'line':
      return document.blockDepth + inline;
    case 'indented list':
      return Math.max(Math.min(document.blockDepth, 300), inline);
    case 'block html':
      // Inside an HTML block Markdown is text: only the HTML wrappers nest.
      return (
        document.blockDepth +
        cycle(document.inlines, document.inlineDepth).filter((name) => name === 'inlineHtml' || name === 'span').length
      );
    case 'lines of quotes':
      return Math.max(Math.min(document.blockDepth - 1, 199), inline);
  }
}

/** An upper bound: a block wrapper is at most two levels (a list and its item), an inline one at most one, and the text under them three. */
function upperDepth(document: Nested): number {
  return 2 * document.blockDepth + document.inlineDepth + 4;
}

describe('deeply nested Markdown', () => {
  it(
    'the check returns, with path:line:col problems, and reports nesting past the limit',
    () => {
      fc.assert(
        fc.property(nested, (document) => {
          const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: HEAD + markdownOf(document) });
          const result = checkContentRoot(root);
          for (const problem of result.problems) expect(formatProblem(problem)).toMatch(PROBLEM_LINE);
          const nesting = result.problems.filter(
            (problem) => problem.file.endsWith('pathological.md') && /nesting deeper than/.test(problem.message),
          );
          if (nominalDepth(document) > MAX_NESTING + 10) {
            expect(nesting).toHaveLength(1);
            expect(nesting[0]?.line).toBeGreaterThanOrEqual(BODY_LINE);
          }
          if (upperDepth(document) <= MAX_NESTING) expect(nesting).toEqual([]);
        }),
        { numRuns: 40 },
      );
    },
    STALL_TIMEOUT_MS,
  );

  it(
    'the renderer returns HTML, or refuses with the check message; nothing else escapes',
    async () => {
      await fc.assert(
        fc.asyncProperty(nested, async (document) => {
          const root = makeContentRoot({ ...VALID_FILES, [ARTICLE]: HEAD + markdownOf(document) });
          const checked = checkContentRoot(root).problems.some(
            (problem) => problem.file.endsWith('pathological.md') && problem.severity === 'error',
          );
          const file = path.join(root, ARTICLE);
          try {
            const html = await renderEntryHtml({ file, body: markdownOf(document), data: { actors: ['qatar'] } }, settings, root);
            expect(typeof html).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(ContentProblemError);
            expect((error as Error).message).toMatch(PROBLEM_LINE);
            expect(checked).toBe(true);
          }
        }),
        { numRuns: 40 },
      );
    },
    STALL_TIMEOUT_MS,
  );

  it(
    'the scan finds mentions only inside the body, whatever the nesting',
    () => {
      const { matcher } = loadSiteIndex(makeContentRoot(VALID_FILES), { maxAgeMs: 0 });
      fc.assert(
        fc.property(nested, (document) => {
          const body = markdownOf(document);
          const scan = scanDocument({ body, bodyLine: BODY_LINE, named: ['actors/qatar'] }, matcher);
          const lines = body.split('\n');
          for (const mention of scan.body) {
            const line = lines[mention.line - BODY_LINE] ?? '';
            expect(mention.column).toBeGreaterThanOrEqual(1);
            expect(mention.column).toBeLessThanOrEqual(line.length + 1);
          }
          expect(scan.nesting.line).toBeGreaterThanOrEqual(BODY_LINE);
        }),
        { numRuns: 150 },
      );
    },
    STALL_TIMEOUT_MS,
  );
});

/** The least time `work` takes over a few runs, after one to warm up: the least is the one least disturbed by the rest of the machine. */
async function leastTime(work: () => unknown, runs = 5): Promise<number> {
  await work();
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    least = Math.min(least, performance.now() - started);
  }
  return least;
}

/**
 * `factor` times the input (8 unless said) may take at most twice `factor` times as long: linear, with room for noise;
 * a quadratic step takes `factor` squared. A busy machine (other test files run beside this one) can stall one
 * measurement past the bound, so a pair that misses is measured again, up to three times: a quadratic step misses
 * every time, noise does not.
 */
async function expectLinear(small: () => unknown, large: () => unknown, factor = 8): Promise<void> {
  const ratios: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const [smallMs, largeMs] = [await leastTime(small), await leastTime(large)];
    const ratio = largeMs / Math.max(smallMs, 1);
    if (ratio < 2 * factor) return;
    ratios.push(`${smallMs.toFixed(1)} ms, then ${largeMs.toFixed(1)} ms (${ratio.toFixed(1)}×)`);
  }
  expect.fail(`${factor}× the input took more than ${2 * factor}× as long in every measurement: ${ratios.join('; ')}`);
}

describe('time grows at most linearly', () => {
  const SMALL = 25_000;
  const shapes: ArticleShape[] = ['paragraphs', 'one-line', 'one-paragraph'];
  /**
   * Past a cost the scanner folds a body's long lines and parses it twice (long-lines.ts): a body written on one line
   * of 200 KB is past it, one of 25 KB is not. The one-line pair starts past it, so that both sit on the same side of
   * that switch and the ratio measures growth, not the second parse; a file is at most 1 MB, so its large text is 4×.
   */
  const sizes = (shape: ArticleShape): { small: number; factor: number } =>
    shape === 'one-line' ? { small: 8 * SMALL, factor: 4 } : { small: SMALL, factor: 8 };
  const files = Object.fromEntries(
    shapes.flatMap((shape) => [
      [`articles/${shape}-small.md`, longArticle(sizes(shape).small, shape).file],
      [`articles/${shape}-large.md`, longArticle(sizes(shape).factor * sizes(shape).small, shape).file],
    ]),
  );
  const root = makeContentRoot({
    ...VALID_FILES,
    'actors/gna.md': '---\nname: حكومة الوفاق الوطني\nkind: government\naliases: [حكومة الوفاق]\n---\nحكومة.\n',
    ...files,
  });
  const site = loadSiteIndex(root, { maxAgeMs: 0 });
  const article = (id: string) => {
    const entry = site.articles.get(id);
    if (!entry) throw new Error(`${id} was not read`);
    return entry;
  };

  for (const shape of shapes) {
    it(
      `scanning long runs of mentions (${shape})`,
      async () => {
        const scan = (id: string) => () => {
          const { body, bodyLine, data } = article(id);
          return scanDocument({ body, bodyLine, title: data.title, date: data.date, named: ['actors/qatar', 'actors/gna'] }, site.matcher);
        };
        expect(scan(`${shape}-large`)().body.length).toBeGreaterThan(5_000);
        await expectLinear(scan(`${shape}-small`), scan(`${shape}-large`), sizes(shape).factor);
      },
      STALL_TIMEOUT_MS,
    );
    it(
      `rendering long runs of mentions with the linker (${shape})`,
      async () => {
        const render = (id: string) => () =>
          renderEntryHtml({ file: article(id).file, body: article(id).body, data: { ...article(id).data } }, settings, root);
        await expectLinear(render(`${shape}-small`), render(`${shape}-large`), sizes(shape).factor);
      },
      STALL_TIMEOUT_MS,
    );
  }

  it(
    'checking a content root as its one article grows',
    async () => {
      const rootOf = (bytes: number) => makeContentRoot({ ...VALID_FILES, [ARTICLE]: longArticle(bytes, 'one-line').file });
      const [small, large] = [rootOf(SMALL), rootOf(8 * SMALL)];
      await expectLinear(
        () => checkContentRoot(small),
        () => checkContentRoot(large),
      );
    },
    STALL_TIMEOUT_MS,
  );

  const deep: Array<[string, (depth: number) => string]> = [
    ['block quotes on one line', (depth) => '> '.repeat(depth) + 'قطر'],
    ['block quotes over many lines', (depth) => Array.from({ length: depth }, (_, line) => '> '.repeat(line % 100) + 'قطر').join('\n')],
    ['emphasis', (depth) => '*و '.repeat(depth) + 'قطر' + ' ف*'.repeat(depth)],
    ['links and emphasis', (depth) => '[*و '.repeat(depth) + 'قطر' + ' ف*](https://example.org)'.repeat(depth)],
    ['inline HTML', (depth) => 'قطر ' + '<b>'.repeat(depth) + 'قطر' + '</b>'.repeat(depth)],
    ['block HTML', (depth) => '<div>\n' + '<div>'.repeat(depth) + 'قطر' + '</div>'.repeat(depth) + '\n</div>'],
  ];
  for (const [name, markdown] of deep) {
    it(
      `scanning ever deeper ${name}`,
      async () => {
        const scan = (depth: number) => () => scanDocument({ body: markdown(depth), bodyLine: 1, named: ['actors/qatar'] }, site.matcher);
        expect(scan(2_000)().nesting.depth).toBeGreaterThan(MAX_NESTING);
        await expectLinear(scan(2_000), scan(16_000));
      },
      STALL_TIMEOUT_MS,
    );
  }
});
