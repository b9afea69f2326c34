import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/lib/graph/direction.ts';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import { buildScene, type Scene } from '../../../src/lib/graph/scene.ts';
import { anchorFor, renderGraphSvg, type GraphSvgOptions } from '../../../src/lib/graph/svg.ts';
import { escapeXml } from '../../../src/lib/format/xml.ts';
import { actor, fakeMentions, sampleGraph } from './fixtures.ts';
import { buildEntityGraph } from '../../../src/lib/graph/build.ts';

const OPTIONS: GraphSvgOptions = {
  id: 'net',
  title: 'الشبكة',
  description: 'وصف',
  href: (path) => `/marsad/${path}`,
  locale: 'ar-LY',
  fontSize: 14,
};
const SCENE = { width: 600, maxHeight: 400, padding: 20, radius: { min: 5, max: 18 }, fontSize: 14 };

function sceneOf(graph = sampleGraph()): Scene {
  return buildScene(graph, layoutGraph(graph, { iterations: 80 }), SCENE);
}

/** Every `<a>` element with its href, title and label, in document order. */
function links(svg: string): Array<{ href: string; title: string; label: string | undefined }> {
  return [...svg.matchAll(/<a href="([^"]*)"[^>]*><title>([^<]*)<\/title>.*?(?:<text[^>]*>([^<]*)<\/text>)?<\/a>/g)].map(
    ([, href, title, label]) => ({
      href: href ?? '',
      title: title ?? '',
      label,
    }),
  );
}

describe('renderGraphSvg', () => {
  const scene = sceneOf();
  const svg = renderGraphSvg(scene, OPTIONS);

  it('wraps every node in one link to its page, named by its title', () => {
    const found = links(svg);
    expect(found).toHaveLength(scene.nodes.length);
    const haftar = found.find(({ href }) => href === '/marsad/actors/khalifa-haftar/');
    expect(haftar?.title).toBe('خليفة حفتر، شخصية، 4 أخبار');
    expect(found.find(({ href }) => href === '/marsad/agreements/geneva/')?.title).toBe(
      'اتفاق وقف إطلاق النار الدائم، اتفاق وقف إطلاق نار، 3 أخبار',
    );
    expect(new Set(found.map(({ href }) => href)).size).toBe(found.length);
  });

  it('draws one circle per node and one line per edge, styled by type', () => {
    expect(svg.match(/<circle /g)).toHaveLength(scene.nodes.length);
    expect(svg.match(/<line /g)).toHaveLength(scene.edges.length);
    for (const type of ['party', 'witness', 'affiliation', 'co-mention']) expect(svg).toContain(`class="edge edge-${type}"`);
    expect(svg).toContain('class="node node-person" data-key="actors/khalifa-haftar"');
    expect(svg).toContain('class="node node-agreement"');
  });

  it('names the drawing and describes it', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="net-title"/);
    expect(svg).toContain('<title id="net-title">الشبكة</title><desc>وصف</desc>');
  });

  it('runs Arabic labels right to left', () => {
    const labels = [...svg.matchAll(/<text [^>]*direction="(\w+)"[^>]*>([^<]*)<\/text>/g)];
    expect(labels.length).toBeGreaterThan(0);
    for (const [, direction, text] of labels) expect({ text, direction }).toEqual({ text, direction: textDirection(text ?? '') });
    expect(labels.every(([, direction]) => direction === 'rtl')).toBe(true);
  });

  it('escapes names', () => {
    const graph = buildEntityGraph({ entities: [actor('odd', 'أ <ب> & "ج"', 'other')], mentions: fakeMentions({}, []) });
    const out = renderGraphSvg(sceneOf(graph), OPTIONS);
    expect(out).toContain('أ &lt;ب&gt; &amp; &quot;ج&quot;');
    expect(out).not.toContain('<ب>');
  });
});

describe('label direction and anchor', () => {
  it('detects the direction from the first strong character', () => {
    expect(textDirection('خليفة حفتر')).toBe('rtl');
    expect(textDirection('5+5 اللجنة')).toBe('rtl');
    expect(textDirection('UNSMIL بعثة')).toBe('ltr');
    expect(textDirection('2020')).toBe('rtl');
  });

  it('anchors a label left of its node at its right end: the start of Arabic text, the end of Latin', () => {
    expect(anchorFor('left', 'rtl')).toBe('start');
    expect(anchorFor('left', 'ltr')).toBe('end');
    expect(anchorFor('right', 'rtl')).toBe('end');
    expect(anchorFor('below-right', 'ltr')).toBe('start');
    expect(anchorFor('above', 'rtl')).toBe('middle');
  });

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('drops characters XML cannot carry, as the feeds do', () => {
    const dirty = renderGraphSvg(sceneOf(), { ...OPTIONS, title: 'a\u0001b\uFFFEc' });
    expect(dirty).toContain('<title id="net-title">abc</title>');
    expect(dirty).not.toMatch(/[\u0001\uFFFE]/);
  });
});
