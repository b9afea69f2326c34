import { describe, expect, it } from 'vitest';
import { addIdsToFrontmatter } from '../../../src/lib/check/fix.ts';

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
  it('leaves a file it cannot read untouched', () => {
    const broken = wrap('actors: [a\ntitle: "x');
    expect(addIdsToFrontmatter(broken, { actors: ['b'] })).toBe(broken);
  });
});
