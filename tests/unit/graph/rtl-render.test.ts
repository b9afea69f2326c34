/** The labels as Chromium lays them out: Arabic runs right to left, and each label sits on the side it was placed. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../src/lib/graph/build.ts';
import { buildScene } from '../../../src/lib/graph/scene.ts';
import { renderGraphSvg } from '../../../src/lib/graph/svg.ts';
import { launchChromium } from '../../e2e/browser.ts';
import { actor, fakeMentions } from './fixtures.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

interface Measured {
  key: string;
  side: string;
  first: number;
  last: number;
  box: { left: number; right: number };
  circle: { left: number; right: number };
}

/** Renders a scene whose nodes sit where the test says, and measures each label. */
async function measure(positions: Array<[string, string, number, number]>): Promise<Measured[]> {
  const graph = buildEntityGraph({ entities: positions.map(([id, name]) => actor(id, name, 'person')), mentions: fakeMentions({}, []) });
  const scene = buildScene(graph, new Map(positions.map(([id, , x, y]) => [`actors/${id}`, { x, y }])), {
    width: 400,
    maxHeight: 300,
    padding: 40,
    radius: { min: 6, max: 6 },
    fontSize: 16,
  });
  const svg = renderGraphSvg(scene, { id: 't', title: 'اختبار', href: (path) => `/${path}`, locale: 'ar-LY', fontSize: 16 });
  await page.setContent(
    `<!doctype html><html lang="ar" dir="rtl"><body style="margin:0">${svg.replace('class="graph-svg"', 'class="graph-svg" style="width:400px"')}</body></html>`,
  );
  const sides = Object.fromEntries(scene.nodes.map((node) => [node.key, node.label?.side ?? 'none']));
  const measured = await page.evaluate(() =>
    [...document.querySelectorAll('a')].map((link) => {
      const text = link.querySelector('text') as SVGTextElement;
      const circle = link.querySelector('circle') as SVGCircleElement;
      const count = text.getNumberOfChars();
      const box = text.getBBox();
      const c = circle.getBBox();
      return {
        key: link.dataset['key'] ?? '',
        first: text.getStartPositionOfChar(0).x,
        last: text.getStartPositionOfChar(count - 1).x,
        box: { left: box.x, right: box.x + box.width },
        circle: { left: c.x, right: c.x + c.width },
      };
    }),
  );
  return measured.map((entry) => ({ ...entry, side: sides[entry.key] ?? 'none' }));
}

describe('Arabic labels in Chromium', () => {
  it('run right to left, on the side of the node they were placed', async () => {
    // Two nodes far apart: each has room on its left; a third at the drawing's left edge must take its right.
    const labels = await measure([
      ['a', 'خليفة حفتر', 300, 50],
      ['b', 'حكومة الوفاق الوطني', 250, 200],
      ['c', 'ستيفاني ويليامز', 0, 120],
    ]);
    expect(labels).toHaveLength(3);
    for (const label of labels) {
      // The first character is drawn to the right of the last.
      expect(label.first).toBeGreaterThan(label.last);
      if (label.side === 'left') expect(label.box.right).toBeLessThanOrEqual(label.circle.left);
      if (label.side === 'right') expect(label.box.left).toBeGreaterThanOrEqual(label.circle.right);
    }
    expect(labels.map(({ side }) => side).sort()).toEqual(['left', 'left', 'right']);
  });
});
