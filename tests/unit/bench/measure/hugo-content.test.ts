/** The Hugo reference site's content, laid out from a Marsad content folder. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHugoContent } from '../../../../bench/measure/hugo-content.ts';

describe('writeHugoContent', () => {
  it('copies articles and makes each entity its taxonomy term page', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'marsad-hugo-'));
    const content = path.join(root, 'content');
    for (const folder of ['articles/2020/10', 'actors', 'agreements']) mkdirSync(path.join(content, folder), { recursive: true });
    writeFileSync(path.join(content, 'articles/2020/10/a.md'), '---\ntitle: خبر\ndate: 2020-10-23\nactors: [qatar]\n---\n\nنص.\n');
    writeFileSync(path.join(content, 'actors/qatar.md'), '---\nname: "قطر: الدولة"\nkind: state\n---\n\nدولة.\n');
    writeFileSync(path.join(content, 'agreements/geneva.md'), '---\nname: اتفاق جنيف\nkind: ceasefire\n---\n\nاتفاق.\n');

    const out = path.join(root, 'hugo');
    expect(writeHugoContent(content, out)).toEqual({ articles: 1, terms: 2 });
    expect(readFileSync(path.join(out, 'articles/2020/10/a.md'), 'utf8')).toContain('actors: [qatar]');
    expect(readFileSync(path.join(out, 'actors/qatar/_index.md'), 'utf8')).toBe('---\ntitle: "قطر: الدولة"\n---\n\nدولة.\n');
    expect(readFileSync(path.join(out, 'agreements/geneva/_index.md'), 'utf8')).toContain('title: "اتفاق جنيف"');
  });
});
