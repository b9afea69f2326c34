import type {} from 'mdast-util-to-hast';
import type { Link, Root } from 'mdast';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { buildRegistry, createEntityMatcher } from '../../../src/lib/entities/registry.ts';
import { parseMarkdownTree } from '../../../src/lib/mentions/markdown.ts';
import { remarkEntityLinks, type AutolinkMode } from '../../../src/lib/remark/entity-links.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const root = makeContentRoot(VALID_FILES);
const corpus = loadCorpus(root);
const registry = buildRegistry(corpus);
const matcher = createEntityMatcher(registry);

interface LinkOptions {
  mode?: AutolinkMode;
  file?: string;
  frontmatter?: Record<string, unknown>;
  basePath?: string;
}

function link(markdown: string, { mode = 'first', file = 'articles/x.md', frontmatter = {}, basePath = '/' }: LinkOptions = {}): Root {
  const tree = parseMarkdownTree(markdown);
  const vfile = new VFile({ path: path.join(root, file), data: { astro: { frontmatter } } });
  remarkEntityLinks({ site: () => ({ registry, matcher }), contentRoot: root, basePath, mode })(tree, vfile);
  return tree;
}

function links(tree: Root): Array<{ url: string; text: string; label: unknown }> {
  const found: Array<{ url: string; text: string; label: unknown }> = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link' && (node as Link).data?.hProperties?.['dataEntity']) {
      const anchor = node as Link;
      found.push({ url: anchor.url, text: anchor.children.map((child) => ('value' in child ? child.value : '')).join(''), label: anchor.data?.hProperties?.['ariaLabel'] });
    }
    node.children?.forEach((child) => walk(child as { type: string; children?: unknown[] }));
  };
  walk(tree);
  return found;
}

describe('linking mentions', () => {
  it('links the first mention of each entity, without its proclitic', () => {
    const tree = link('زار وفد من قطر طرابلس، ثم عاد الوفد إلى قطر ولقطر موقف.');
    expect(links(tree)).toEqual([{ url: '/actors/qatar/', text: 'قطر', label: undefined }]);
  });
  it('keeps the text around the link exactly', () => {
    const tree = link('ووقّعت حكومة طرابلس مع الدوحة اتفاقاً.');
    const paragraph = tree.children[0];
    expect(paragraph?.type).toBe('paragraph');
    const pieces = paragraph && 'children' in paragraph ? paragraph.children.map((child) => ('value' in child ? child.value : `[${(child as Link).url}]`)) : [];
    expect(pieces).toEqual(['ووقّعت حكومة طرابلس مع ', '[/actors/qatar/]', ' اتفاقاً.']);
  });
  it('names the entity in the accessible name when the text is a short alias', () => {
    expect(links(link('قال حفتر'))).toEqual([{ url: '/actors/khalifa-haftar/', text: 'حفتر', label: 'حفتر (خليفة حفتر)' }]);
  });
  it('mode "all" links every mention; "none" and autolink: false link nothing', () => {
    const text = 'قطر ثم قطر';
    expect(links(link(text, { mode: 'all' }))).toHaveLength(2);
    expect(links(link(text, { mode: 'none' }))).toHaveLength(0);
    expect(links(link(text, { frontmatter: { autolink: false } }))).toHaveLength(0);
  });
  it('honours the base path', () => {
    expect(links(link('قطر', { basePath: '/archive/' }))[0]?.url).toBe('/archive/actors/qatar/');
  });
});

describe('what is never linked', () => {
  it('headings, code, existing links and raw HTML', () => {
    const markdown = ['# قطر', '', '`قطر`', '', '[قطر](https://example.org)', '', '<b>قطر</b>'].join('\n');
    expect(links(link(markdown))).toEqual([]);
  });
  it('a heading mention does not use up the first link', () => {
    expect(links(link('## قطر\n\nقطر'))).toHaveLength(1);
  });
  it('an entity description does not link to itself but links others', () => {
    const tree = link('قطر دولة، وحفتر قائد.', { file: 'actors/qatar.md' });
    expect(links(tree).map((anchor) => anchor.url)).toEqual(['/actors/khalifa-haftar/']);
  });
  it('the longer name wins: قوات حفتر links the army only', () => {
    expect(links(link('هاجمت قوات حفتر')).map((anchor) => anchor.url)).toEqual(['/actors/libyan-national-army/']);
  });
});
