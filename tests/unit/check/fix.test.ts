import { describe, expect, it } from 'vitest';
import { addIdsToFrontmatter, asciiDigits, easternDigitDates, rewriteValues } from '../../../src/lib/check/fix.ts';
import { certainSuggestion } from '../../../src/lib/check/references.ts';

const wrap = (frontmatter: string) => `---\n${frontmatter}\n---\n\nالنص.\n`;

describe('adding missing ids keeps the file as written', () => {
  it('extends a flow list', () => {
    expect(addIdsToFrontmatter(wrap('title: x\nactors: [qatar, turkey] # states'), { actors: ['libya'] })).toBe(
      wrap('title: x\nactors: [qatar, turkey, libya] # states'),
    );
  });
  it('fills an empty flow list', () => {
    expect(addIdsToFrontmatter(wrap('actors: []'), { actors: ['libya'] })).toBe(wrap('actors: [libya]'));
  });
  it('extends a block list with its own indentation, after a trailing comment', () => {
    const before = wrap('actors:\n    - qatar\n    - turkey # added later\ntags: [x]');
    expect(addIdsToFrontmatter(before, { actors: ['libya', 'russia'] })).toBe(
      wrap('actors:\n    - qatar\n    - turkey # added later\n    - libya\n    - russia\ntags: [x]'),
    );
  });
  it('adds a missing field at the end of the frontmatter', () => {
    expect(addIdsToFrontmatter(wrap('# a comment\ntitle: x'), { agreements: ['geneva-ceasefire-2020'] })).toBe(
      wrap('# a comment\ntitle: x\nagreements: [geneva-ceasefire-2020]'),
    );
  });
  it('fills a key written without a value', () => {
    expect(addIdsToFrontmatter(wrap('actors:\ntitle: x'), { actors: ['qatar'] })).toBe(wrap('actors: [qatar]\ntitle: x'));
  });
  it('edits both lists at once', () => {
    expect(addIdsToFrontmatter(wrap('actors: [a]\nagreements:\n  - b'), { actors: ['c'], agreements: ['d'] })).toBe(
      wrap('actors: [a, c]\nagreements:\n  - b\n  - d'),
    );
  });
  it('keeps CRLF line endings and a BOM', () => {
    const before = '\uFEFF---\r\ntitle: x\r\nactors: [a]\r\n---\r\nنص\r\n';
    expect(addIdsToFrontmatter(before, { actors: ['b'] })).toBe('\uFEFF---\r\ntitle: x\r\nactors: [a, b]\r\n---\r\nنص\r\n');
  });
  it('keeps CRLF line endings when extending a block list', () => {
    const before = '---\r\nactors:\r\n  - a # first\r\ntitle: x\r\n---\r\nنص\r\n';
    expect(addIdsToFrontmatter(before, { actors: ['b'] })).toBe('---\r\nactors:\r\n  - a # first\r\n  - b\r\ntitle: x\r\n---\r\nنص\r\n');
  });
  it('leaves a file it cannot read untouched', () => {
    const broken = wrap('actors: [a\ntitle: "x');
    expect(addIdsToFrontmatter(broken, { actors: ['b'] })).toBe(broken);
  });
});

describe('rewriting a value where it is written', () => {
  it('replaces one id of a block list and keeps its comment, quotes elsewhere and CRLF', () => {
    const before = '---\r\ntitle: "x"\r\nactors:\r\n  - qatr # the state\r\n  - libya\r\n---\r\nنص\r\n';
    expect(rewriteValues(before, [{ path: ['actors', 0], rewrite: (written) => written.replace('qatr', 'qatar') }])).toBe(
      '---\r\ntitle: "x"\r\nactors:\r\n  - qatar # the state\r\n  - libya\r\n---\r\nنص\r\n',
    );
  });
  it('replaces inside quotes and flow lists', () => {
    expect(
      rewriteValues(wrap("actors: [a, 'qatr', b]"), [{ path: ['actors', 1], rewrite: (written) => written.replace('qatr', 'qatar') }]),
    ).toBe(wrap("actors: [a, 'qatar', b]"));
  });
  it('leaves the file alone when the path leads nowhere or the YAML does not parse', () => {
    expect(rewriteValues(wrap('actors: [a]'), [{ path: ['actors', 4], rewrite: () => 'z' }])).toBe(wrap('actors: [a]'));
    const broken = wrap('actors: [a\ntitle: "x');
    expect(rewriteValues(broken, [{ path: ['actors', 0], rewrite: () => 'z' }])).toBe(broken);
  });
});

describe('dates typed with Arabic-Indic or Persian digits', () => {
  it('turns both kinds of digits into ASCII and nothing else', () => {
    expect(asciiDigits('٢٠٢١-٠٧-٣٠')).toBe('2021-07-30');
    expect(asciiDigits('۲۰۲۱-۰۷-۳۰')).toBe('2021-07-30');
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ص')).toBe('0123456789 0123456789 ص');
  });
  it('finds them in every date field, at any depth, and only there', () => {
    const source = wrap(
      'title: العدد ٣\ndate: ٢٠٢١-٠٧-٣٠\nupdated: "۲۰۲۱-۰۸-۰۱"\nsources:\n  - url: https://example.org\n    date: ٢٠٢١-٠٧-٢٩\naliases:\n  - text: س\n    from: 2020-01-01',
    );
    expect(easternDigitDates(source)).toEqual([
      { path: ['date'], written: '٢٠٢١-٠٧-٣٠' },
      { path: ['updated'], written: '"۲۰۲۱-۰۸-۰۱"' },
      { path: ['sources', 0, 'date'], written: '٢٠٢١-٠٧-٢٩' },
    ]);
    const edits = easternDigitDates(source).map(({ path }) => ({ path, rewrite: asciiDigits }));
    // The title keeps its Arabic digit: it is text, not a date.
    expect(rewriteValues(source, edits)).toBe(
      wrap(
        'title: العدد ٣\ndate: 2021-07-30\nupdated: "2021-08-01"\nsources:\n  - url: https://example.org\n    date: 2021-07-29\naliases:\n  - text: س\n    from: 2020-01-01',
      ),
    );
  });
});

describe('a suggestion is certain when it is close and alone', () => {
  const ids = ['fayez-sarraj', 'khalifa-haftar', 'libya', 'qatar', 'turkey'];
  it('one slip in a long enough id', () => {
    expect(certainSuggestion('qatr', ids)).toBe('qatar');
    expect(certainSuggestion('khalifa-hafter', ids)).toBe('khalifa-haftar');
    expect(certainSuggestion('fayez-saraj', ids)).toBe('fayez-sarraj');
  });
  it('not when the closest id is too far for the length typed', () => {
    // did-you-mean still offers qatar for «qtr», but two slips in three letters is a guess.
    expect(certainSuggestion('qtr', ids)).toBeUndefined();
    expect(certainSuggestion('kalifa-hftr', ids)).toBeUndefined();
  });
  it('not when another id is close too', () => {
    expect(certainSuggestion('libya-2', ['libya-1', 'libya-3'])).toBeUndefined();
    expect(certainSuggestion('libya-2', ['libya-1', 'lebanon'])).toBe('libya-1');
  });
  it('never for an id of two letters', () => {
    expect(certainSuggestion('ab', ['abc'])).toBeUndefined();
  });
});
