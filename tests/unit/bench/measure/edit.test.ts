/** The edit the incremental rebuild is measured with. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/lib/content/frontmatter.ts';
import { editArticleTitle } from '../../../../bench/measure/edit.ts';

const write = (source: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-edit-')), 'a.md');
  writeFileSync(file, source);
  return file;
};

describe('editArticleTitle', () => {
  it.each([
    ['a plain title', 'title: وقف إطلاق النار\ndate: 2020-10-23'],
    ['a quoted title with a colon', 'title: "حفتر: لا حوار"\ndate: 2020-10-23'],
  ])('adds the marker to %s, keeping valid YAML, and undoes it', (_name, frontmatter) => {
    const source = `---\n${frontmatter}\n---\n\nنص.\n`;
    const file = write(source);
    const edit = editArticleTitle(file, '(مراجعة 1)');
    const { data, syntaxProblems } = parseMarkdown(readFileSync(file, 'utf8'));
    expect(syntaxProblems).toEqual([]);
    expect(String((data as { title: string }).title)).toMatch(/ \(مراجعة 1\)$/);
    edit.undo();
    expect(readFileSync(file, 'utf8')).toBe(source);
  });

  it('refuses a file with no title', () => {
    expect(() => editArticleTitle(write('---\ndate: 2020-10-23\n---\n'), 'x')).toThrow(/no title/);
  });
});
