/**
 * The body of an entity file: one or two paragraphs saying what the entity
 * is, how it relates to others (affiliations, parties) and some context.
 */
import type { CorpusEntity } from './entity.ts';
import { PARAGRAPH_STYLE } from './mention.ts';
import { renderPool, renderTemplate, type ProseSettings } from './prose.ts';
import type { Rng } from './rng.ts';
import { ARABIC } from './vocabulary-ar.ts';

/** `2019-03-12` as Arabic text reads it: `12 مارس 2019`. */
function arabicDate(day: string): string {
  const [year = '', month = '', date = ''] = day.split('-');
  const months = ARABIC['MONTH'] ?? [];
  return `${Number(date)} ${months[Number(month) - 1] ?? ''} ${year}`;
}

function contextSentences(settings: ProseSettings, count: number): string[] {
  return Array.from({ length: count }, () => renderPool(settings, 'S0', PARAGRAPH_STYLE));
}

/** The description of `entity`; `byId` finds the entities it names besides itself. */
export function describe(entity: CorpusEntity, rng: Rng, byId: ReadonlyMap<string, CorpusEntity>): string {
  const about = (settings: ProseSettings, pool: string, entities: CorpusEntity[]) =>
    renderTemplate(settings, rng.pick(settings.grammar[pool] ?? []), entities, PARAGRAPH_STYLE);

  if (entity.collection === 'actors') {
    const settings: ProseSettings = { rng, grammar: ARABIC, english: false };
    const first = [about(settings, `DESC_${entity.kind.replace('-', '_')}`, [entity]), ...contextSentences(settings, rng.int(1, 2))];
    const affiliation = byId.get(entity.affiliations[0] ?? '');
    if (!affiliation && rng.chance(0.4)) return first.join(' ');
    const second = affiliation
      ? [about(settings, 'DESC_LINK', [entity, affiliation]), ...contextSentences(settings, 1)]
      : contextSentences(settings, 2);
    return `${first.join(' ')}\n\n${second.join(' ')}`;
  }

  const extra: Record<string, string> = { SIGNED: arabicDate(entity.signed) };
  if (entity.place) extra['PLACE'] = entity.place;
  const settings: ProseSettings = { rng, grammar: ARABIC, english: false, extra };
  const first = [
    about(settings, entity.place ? 'DESC_AGREEMENT' : 'DESC_RESOLUTION', [entity]),
    ...contextSentences(settings, rng.int(0, 1)),
  ];
  const party = byId.get(entity.parties[0] ?? '');
  if (!party) return first.join(' ');
  return `${first.join(' ')}\n\n${[about(settings, 'DESC_AGREEMENT_PARTY', [party]), ...contextSentences(settings, 1)].join(' ')}`;
}
