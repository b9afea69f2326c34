import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { deepLine, htmlNesting, MAX_NESTING, treeNesting } from '../../../src/lib/markdown/nesting.ts';
import { renderEntryHtml } from '../../../src/lib/markdown/render.ts';
import { ContentProblemError } from '../../../src/lib/markdown/render-guard.ts';
import { parseBody } from '../../../src/lib/mentions/markdown.ts';
import { HtmlNestingError, sanitizeHtml } from '../../../src/lib/security/sanitize.ts';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const depthOf = (markdown: string) => {
  const { tree, refused } = parseBody(markdown);
  return refused?.reason === 'nesting' ? refused.depth : treeNesting(tree, markdown).depth;
};
const HEAD = '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [qatar]\n---\n\n';
const problemsOf = (body: string) => {
  const root = makeContentRoot({ ...VALID_FILES, 'articles/2020/10/deep.md': `${HEAD}${body}\n` });
  return checkContentRoot(root)
    .problems.filter((problem) => problem.file.endsWith('deep.md') && problem.severity === 'error')
    .map(formatProblem);
};

describe('nesting depth of a Markdown tree', () => {
  it('counts every level down to the deepest node', () => {
    expect(depthOf('قطر')).toBe(2);
    expect(depthOf('> قطر')).toBe(3);
    expect(depthOf('- قطر')).toBe(4);
    expect(depthOf('*قطر*')).toBe(3);
    expect(depthOf('> '.repeat(50) + 'قطر')).toBe(52);
  });
  it('counts raw HTML elements left open as levels around what follows them', () => {
    expect(depthOf('<div>\n<div>\n\nقطر\n\n</div>\n</div>')).toBe(4);
    expect(depthOf('نص <b><i>قطر</i></b>')).toBe(4);
  });
  it('measures trees too deep for recursion', () => {
    expect(depthOf('*a '.repeat(20_000) + 'قطر' + ' b*'.repeat(20_000))).toBe(20_002);
  });
});

describe('lines too deep to parse', () => {
  it('finds a line that opens more block quotes or lists than the parser can take', () => {
    expect(deepLine('مقدمة\n\n' + '> '.repeat(2000) + 'قطر')).toEqual({ depth: 2000, offset: 7 + 2 * 1999 });
    expect(deepLine('- '.repeat(999) + 'قطر')).toBeUndefined();
  });
  it('finds a paragraph with more link brackets open than the parser can take', () => {
    const deep = deepLine('قطر\n\n' + '[*و '.repeat(1500) + 'قطر' + ' ف*](https://example.org)'.repeat(1500));
    expect(deep).toEqual({ depth: 1500, offset: 5 + 4 * 1499 });
    expect(deepLine('[و] '.repeat(5000))).toBeUndefined();
    expect(deepLine('[و\n\n'.repeat(1500))).toBeUndefined();
    expect(deepLine('\\['.repeat(1500))).toBeUndefined();
  });
  it('leaves fenced code and thematic breaks alone', () => {
    expect(deepLine('```\n' + '> '.repeat(2000) + '\n```')).toBeUndefined();
    expect(deepLine('- '.repeat(2000))).toBeUndefined();
  });
});

describe('nesting of raw HTML', () => {
  it('nests as a parser does: void elements never, a second <p> closes the first, comments are text', () => {
    expect(htmlNesting('<div><div><br><img src="x">x</div></div>').depth).toBe(2);
    expect(htmlNesting('<p>a<p>b<p>c').depth).toBe(1);
    expect(htmlNesting('<!-- <div><div><div> -->').depth).toBe(0);
    expect(htmlNesting('<div><span></div><div>').depth).toBe(2);
  });
  it('reads a text full of unclosed `<` in one pass', () => {
    const time = (count: number) => {
      const text = '<a '.repeat(count);
      htmlNesting(text);
      const started = performance.now();
      htmlNesting(text);
      return performance.now() - started;
    };
    // Eight times the text, at most sixteen times the time: a pass from each `<` would take 64 times.
    expect(time(160_000) / Math.max(time(20_000), 1)).toBeLessThan(16);
  });
});

describe('the nesting check', () => {
  it('reports the deepest place of a document nested too deep, as path:line:col', () => {
    expect(problemsOf('مقدمة\n\n' + '> '.repeat(150) + 'قطر')).toEqual([
      expect.stringMatching(new RegExp(`deep\\.md:10:\\d+: error: nesting deeper than ${MAX_NESTING} levels \\(152 here\\)`)),
    ]);
    expect(problemsOf('> '.repeat(5000) + 'قطر')).toEqual([
      expect.stringMatching(/deep\.md:8:9999: error: nesting deeper than 100 levels \(5000 here\)/),
    ]);
    expect(problemsOf('<div>\n' + '<div>'.repeat(3000) + '\n</div>')).toEqual([
      expect.stringMatching(/deep\.md:9:\d+: error: nesting deeper than 100 levels/),
    ]);
  });
  it('accepts what real articles nest', () => {
    expect(problemsOf('> '.repeat(20) + 'قطر\n\n- أ\n  - ب\n    > **[قطر](https://example.org) *و*<b>قطر</b>**')).toEqual([]);
  });
});

describe('what the renderers are never given', () => {
  const settings = readSiteSettings({});
  it('renderEntryHtml refuses a document nested too deep with the check message', async () => {
    const root = makeContentRoot({ ...VALID_FILES, 'articles/2020/10/deep.md': `${HEAD}${'> '.repeat(5000)}قطر\n` });
    const rendering = renderEntryHtml(
      { file: `${root}/articles/2020/10/deep.md`, body: `${'> '.repeat(5000)}قطر\n`, data: {} },
      settings,
      root,
    );
    await expect(rendering).rejects.toBeInstanceOf(ContentProblemError);
    await expect(rendering).rejects.toThrow(/deep\.md:8:9999: error: nesting deeper than 100 levels \(5000 here\).* \[too-deep\]$/);
  });
  it('the sanitiser measures before it parses', () => {
    expect(() => sanitizeHtml('<div>'.repeat(5000), undefined)).toThrow(HtmlNestingError);
    expect(sanitizeHtml('<div>'.repeat(200) + 'x', undefined)).toContain('x');
  });
});
