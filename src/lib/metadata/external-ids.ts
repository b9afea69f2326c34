/** Links to the reference databases an entity is known in. */
export interface ExternalIds {
  wikidata?: string | undefined;
  pax_id?: string | undefined;
}

export function externalLinks(
  ids: ExternalIds,
  paxKind: 'actor' | 'agreement' = 'actor',
): Array<{ href: string; text: string; external: true }> {
  const links: Array<{ href: string; text: string; external: true }> = [];
  if (ids.wikidata)
    links.push({ href: `https://www.wikidata.org/wiki/${ids.wikidata}`, text: `ويكي بيانات ${ids.wikidata}`, external: true });
  if (ids.pax_id && paxKind === 'agreement') {
    links.push({
      href: `https://pax.peaceagreements.org/agreements/${encodeURIComponent(ids.pax_id)}`,
      text: `PA-X ${ids.pax_id}`,
      external: true,
    });
  }
  return links;
}
