import { describe, expect, it } from 'vitest';
import { groupsPresent, kindLabel, nodeGroup } from '../../../src/lib/graph/kinds.ts';
import { connectionSections, connectionsOf } from '../../../src/lib/graph/relations.ts';
import { coMentionThreshold, nodeTitle } from '../../../src/lib/graph/wording.ts';
import { sampleGraph } from './fixtures.ts';

const summary = (groups: ReturnType<typeof connectionsOf>) =>
  groups.map(({ label, connections }) => [label, connections.map(({ node, weight }) => `${node.name}:${weight}`)]);

describe('connectionsOf', () => {
  const graph = sampleGraph();

  it('reads each relation from the entity’s end', () => {
    expect(summary(connectionsOf(graph, 'agreements/geneva'))).toEqual([
      ['الأطراف', ['الجيش الوطني الليبي:1', 'حكومة الوفاق الوطني:1']],
      ['الشهود والرعاة', ['بعثة الأمم المتحدة للدعم في ليبيا:1']],
    ]);
    expect(summary(connectionsOf(graph, 'actors/lna'))).toEqual([
      ['طرف في', ['اتفاق وقف إطلاق النار الدائم:1']],
      ['ينتمي إليه', ['خليفة حفتر:1']],
      ['يَرِد معه في الأخبار', ['حكومة الوفاق الوطني:5']],
    ]);
    expect(summary(connectionsOf(graph, 'actors/khalifa-haftar'))[0]).toEqual(['ينتمي إلى', ['الجيش الوطني الليبي:1']]);
  });

  it('gathers co-mentions in one group, most shared first, whichever end the edge was stored from', () => {
    expect(summary(connectionsOf(graph, 'actors/gna')).at(-1)).toEqual([
      'يَرِد معه في الأخبار',
      ['الجيش الوطني الليبي:5', 'خليفة حفتر:3', 'قطر:2'],
    ]);
  });
});

describe('connectionSections', () => {
  it('lists every entity once, grouped by kind in legend order, names in Arabic order', () => {
    const sections = connectionSections(sampleGraph());
    expect(sections.map(({ group }) => group)).toEqual([
      'person',
      'armed-group',
      'government',
      'state',
      'intergovernmental',
      'media',
      'agreement',
    ]);
    expect(sections.flatMap(({ entities }) => entities)).toHaveLength(7);
    expect(sections.at(-1)?.label).toBe('الاتفاقات');
  });
});

describe('kinds and wording', () => {
  const graph = sampleGraph();

  it('colours actors by kind and every agreement alike', () => {
    expect(nodeGroup(graph.getNodeAttributes('actors/qatar'))).toBe('state');
    expect(nodeGroup(graph.getNodeAttributes('agreements/geneva'))).toBe('agreement');
    expect(groupsPresent([graph.getNodeAttributes('agreements/geneva'), graph.getNodeAttributes('actors/media')])).toEqual([
      'media',
      'agreement',
    ]);
  });

  it('names a node with its kind and its articles', () => {
    expect(kindLabel(graph.getNodeAttributes('agreements/geneva'))).toBe('اتفاق وقف إطلاق نار');
    expect(nodeTitle(graph.getNodeAttributes('actors/qatar'), 'ar-LY')).toBe('قطر، دولة، خبران');
    expect(nodeTitle(graph.getNodeAttributes('actors/gna'), 'ar-EG')).toBe('حكومة الوفاق الوطني، حكومة أو مؤسسة حكم، ٦ أخبار');
  });

  it('puts the threshold after «في» in the genitive', () => {
    expect(coMentionThreshold(2, 'ar-LY')).toBe('في خبرين أو أكثر');
    expect(coMentionThreshold(3, 'ar-LY')).toBe('في 3 أخبار أو أكثر');
    expect(coMentionThreshold(1, 'ar-LY')).toBe('في خبر واحد على الأقل');
  });
});
