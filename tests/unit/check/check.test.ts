import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContentRoot } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

// The assertions read the English wording: set here, so that an Arabic locale on the machine cannot change it.
beforeEach(() => {
  vi.stubEnv('MARSAD_LANG', 'en');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Checks a copy of the valid corpus with some files replaced, and returns the report lines. */
function check(overrides: Record<string, string | Uint8Array>): string[] {
  const root = makeContentRoot({ ...VALID_FILES, ...overrides });
  return checkContentRoot(root).problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
}

const ARTICLE = 'articles/2020/10/qatar-mou-breach.md';

describe('a valid corpus', () => {
  it('has no problems', () => {
    expect(check({})).toEqual([]);
  });
});

describe('schema problems point at the key to change', () => {
  it('an unknown field, with a suggestion', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsumary: ملخص\n---\nنص\n' });
    expect(lines).toContainEqual(
      expect.stringMatching(/qatar-mou-breach\.md:4:1: error: unknown field `sumary`: did you mean `summary`\?/),
    );
  });
  it('a missing required field names the field and an example', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\n---\nنص\n' });
    expect(lines).toContainEqual(
      expect.stringMatching(/:1:1: error: the required field `summary` is missing: add a line such as `summary: /),
    );
  });
  it('a wrong type points at the value', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\ndraft: maybe\n---\nنص\n' });
    expect(lines).toContainEqual(expect.stringMatching(/:5:8: error: `draft`: draft is true or false/));
  });
  it('a kind outside the list names the choices', () => {
    const lines = check({ 'actors/qatar.md': '---\nname: قطر\nkind: country\n---\n' });
    expect(lines).toContainEqual(expect.stringMatching(/actors\/qatar\.md:3:7: error: `kind`: .*choose one of: person, armed-group/));
  });
  it('an impossible date', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-02-30\nsummary: ملخص\n---\nنص\n' });
    expect(lines).toContainEqual(expect.stringMatching(/:3:7: error: `date`: 2020-02-30 is not a day of the calendar/));
  });
  it('a malformed date', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: عنوان\ndate: 26/10/2020\nsummary: ملخص\n---\nنص\n' });
    expect(lines).toContainEqual(expect.stringMatching(/:3:7: error: `date`: .*write it as YYYY-MM-DD/));
  });
  it('YAML that does not parse', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: "عنوان\ndate: 2020-10-26\n---\nنص\n' });
    expect(lines.some((line) => /qatar-mou-breach\.md:\d+:\d+: error: the frontmatter is not valid YAML/.test(line))).toBe(true);
  });
  it('a key written twice', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: أ\ntitle: ب\ndate: 2020-10-26\nsummary: ملخص\n---\nنص\n' });
    expect(lines).toContainEqual(expect.stringMatching(/:3:1: error: this key is written twice/));
  });
  it('frontmatter that is not a mapping', () => {
    const lines = check({ [ARTICLE]: '---\n- title\n- date\n---\nنص\n' });
    expect(lines).toContainEqual(expect.stringMatching(/error: the frontmatter must be a list of `key: value` lines/));
  });
  it('text after the opening --- (which a YAML library would read as a parser to run)', () => {
    const lines = check({ 'actors/qatar.md': '---js\nglobalThis.pwned = true\n---\nنص\n' });
    expect(lines).toContainEqual(
      expect.stringMatching(/actors\/qatar\.md:1:1: error: the first line must be `---` alone: move "js" to the next line/),
    );
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
  it('an invisible character after the opening --- (a byte-order mark) is text there too, never a parser name', () => {
    const lines = check({ 'actors/qatar.md': '---\uFEFF--\nname: قطر\n---\nنص\n' });
    expect(lines).toContainEqual(expect.stringMatching(/actors\/qatar\.md:1:1: error: the first line must be `---` alone/));
  });
  it('an empty frontmatter is read as empty, so the missing fields are named', () => {
    expect(check({ 'actors/qatar.md': '---\n---\nنص\n' })).toContainEqual(
      expect.stringMatching(/actors\/qatar\.md:1:1: error: the required field `name` is missing/),
    );
  });
  it('a file without frontmatter', () => {
    const lines = check({ [ARTICLE]: 'نص بلا ترويسة\n' });
    expect(lines).toContainEqual(expect.stringMatching(/:1:1: error: the file has no frontmatter/));
  });
});

describe('references between files', () => {
  it('an unknown actor id names the file, the line and the nearest id', () => {
    const lines = check({
      [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors:\n  - qatar\n  - khalifa-hafter\n---\nنص عن قطر\n',
    });
    expect(lines).toEqual([
      `${ARTICLE}:7:5: error: unknown actor \`khalifa-hafter\` in \`actors\`: there is no actors/khalifa-hafter.md; did you mean \`khalifa-haftar\`? [unknown-id]`,
    ]);
  });
  it('an agreement listed as an actor', () => {
    const lines = check({ [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\nactors: [geneva-ceasefire-2020]\n---\nنص\n' });
    expect(lines).toContainEqual(
      expect.stringMatching(/:5:10: error: `geneva-ceasefire-2020` is an agreement, not an actor: move it to `agreements`/),
    );
  });
  it('unknown ids in entity files too', () => {
    const lines = check({
      'agreements/geneva-ceasefire-2020.md': '---\nname: اتفاق\nkind: ceasefire\nsigned: 2020-10-23\nwitnesses: [unsmil]\n---\n',
    });
    expect(lines).toContainEqual(expect.stringMatching(/geneva-ceasefire-2020\.md:5:13: error: unknown actor `unsmil` in `witnesses`/));
  });
  it('an actor affiliated with itself', () => {
    const lines = check({ 'actors/qatar.md': '---\nname: قطر\nkind: state\naffiliations: [qatar]\n---\n' });
    expect(lines).toContainEqual(expect.stringMatching(/actors\/qatar\.md:4:16: error: `affiliations` names this file's own id/));
  });
  it('an id used in both entity folders', () => {
    const lines = check({ 'agreements/qatar.md': '---\nname: مذكرة قطر\nkind: mou\nsigned: 2020-10-26\n---\n' });
    expect(lines).toContainEqual(
      expect.stringMatching(/agreements\/qatar\.md:1:1: error: the id `qatar` is already taken by .*actors\/qatar\.md/),
    );
  });
  it('an alias claimed by two entities, compared after normalisation', () => {
    const lines = check({ 'actors/turkey.md': '---\nname: تركيا\nkind: state\naliases: [أنقرة, الدّوحة]\n---\n' });
    expect(lines).toContainEqual(expect.stringMatching(/actors\/turkey\.md:4:18: error: "الدّوحة" is already a name of actors\/qatar/));
  });
});

describe('files', () => {
  it('a file name that is not an id', () => {
    const lines = check({ 'actors/Fayez Sarraj.md': '---\nname: فائز السراج\nkind: person\n---\n' });
    expect(lines).toContainEqual(
      expect.stringMatching(/Fayez Sarraj\.md:1:1: error: "Fayez Sarraj" cannot be part of an id: .* such as fayez-sarraj\.md/),
    );
  });
  it('a file over 1 MB', () => {
    const huge = `---\ntitle: عنوان\ndate: 2020-10-26\nsummary: ملخص\n---\n${'نص طويل '.repeat(90_000)}\n`;
    expect(check({ 'articles/2020/10/huge.md': huge })).toContainEqual(
      expect.stringMatching(/huge\.md:1:1: error: the file is 1\.\d MB; the limit is 1 MB/),
    );
  });
  it('ids that differ only in case or Unicode form cannot arise: such names are not ids', () => {
    const lines = check({
      'actors/Qatar.md': '---\nname: قطر الكبرى\nkind: state\n---\n',
      'actors/qatar\u0301.md': '---\nname: قطر الصغرى\nkind: state\n---\n',
    });
    expect(lines).toContainEqual(expect.stringMatching(/actors\/Qatar\.md:1:1: error: "Qatar" cannot be part of an id/));
    expect(lines).toContainEqual(expect.stringMatching(/cannot be part of an id/));
    expect(lines.filter((line) => line.includes('cannot be part of an id'))).toHaveLength(2);
  });
  it('a folder name with spaces or dots is refused like a file name', () => {
    expect(check({ 'articles/My Folder/x.md': '---\ntitle: t\ndate: 2020-10-26\nsummary: s\n---\nنص\n' })).toContainEqual(
      expect.stringMatching(/"My Folder" cannot be part of an id/),
    );
  });
  it('an empty file', () => {
    expect(check({ 'actors/empty.md': '' })).toContainEqual(expect.stringMatching(/empty\.md:1:1: error: the file is empty/));
  });
  it('invalid UTF-8', () => {
    const bytes = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]);
    expect(check({ 'actors/broken.md': bytes })).toContainEqual(
      expect.stringMatching(/broken\.md:1:1: error: the file is not valid UTF-8/),
    );
  });
  it('a BOM and CRLF line endings are accepted, and lines still count right', () => {
    const crlf = '\uFEFF---\r\ntitle: عنوان\r\ndate: 2020-02-30\r\nsummary: ملخص\r\n---\r\nنص\r\n';
    expect(check({ [ARTICLE]: crlf })).toEqual([expect.stringMatching(/qatar-mou-breach\.md:3:7: error: `date`/)]);
  });
  it('a file that is not Markdown is reported, not skipped silently', () => {
    expect(check({ 'articles/notes.txt': 'x' })).toContainEqual(expect.stringMatching(/notes\.txt:1:1: warning: only Markdown files/));
  });
});

describe('one run reports everything', () => {
  it('reports the problems of every broken file, in file order', () => {
    const lines = check({
      'actors/qatar.md': '---\nname: قطر\nkind: country\n---\n',
      [ARTICLE]: '---\ntitle: عنوان\ndate: 2020-02-30\nsummary: ملخص\nactors: [qatr]\n---\nنص\n',
    });
    expect(lines.filter((line) => line.includes('error')).length).toBeGreaterThanOrEqual(3);
    expect(lines[0]).toMatch(/^actors\/qatar\.md/);
  });
});
