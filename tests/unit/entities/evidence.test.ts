/** Rule 11 of docs/matching.md: weak names count only in a document about their entity. */
import { describe, expect, it } from 'vitest';
import { entitiesInEvidence, keepAdmitted } from '../../../src/lib/entities/evidence.ts';

const strong = (key: string) => ({ key, weak: false });
const weak = (key: string) => ({ key, weak: true });

describe('weak gating', () => {
  it('admits the entities the frontmatter lists and those named by a strong form', () => {
    expect([...entitiesInEvidence(['actors/a'], [strong('actors/b'), weak('actors/c')])].sort()).toEqual(['actors/a', 'actors/b']);
  });

  it('keeps every strong match and the weak matches of admitted entities', () => {
    const matches = [weak('actors/a'), strong('actors/b'), weak('actors/b'), weak('actors/c')];
    expect(keepAdmitted(matches, new Set(['actors/a', 'actors/b']))).toEqual([weak('actors/a'), strong('actors/b'), weak('actors/b')]);
  });

  it('never lets weak matches admit their own entity', () => {
    const matches = [weak('actors/c'), weak('actors/c')];
    expect(keepAdmitted(matches, entitiesInEvidence([], matches))).toEqual([]);
  });
});
