/**
 * A search sorted by date. The index holds no sort (a first search would
 * download it from every shard); each shard's date order is a file of its
 * own (src/lib/search/date-order.ts), fetched the first time a reader sorts.
 *
 * Each index with dated pages is asked on its own: merged shards come back
 * ordered by score, and a shard is one run of periods, so each shard's
 * results are put in date order and the shards' runs follow each other
 * (newest shard first for newest first). Pages without a date are left out,
 * as Pagefind's own sort left them out.
 */
import type { PagefindResult, SearchIndex } from './pagefind.ts';

const orders = new Map<string, Promise<Map<string, number>>>();

/** Each dated page's place, oldest first, in the index at this folder. */
function dateRanks(folder: string): Promise<Map<string, number>> {
  let ranks = orders.get(folder);
  if (!ranks) {
    ranks = (async () => {
      // dates.json: DATE_ORDER_FILE, named here as the manifest is, without the build's modules.
      const response = await fetch(`${folder}dates.json`);
      if (!response.ok) throw new Error(`${folder}dates.json: ${response.status}`);
      const hashes = (await response.json()) as string[];
      return new Map(hashes.map((hash, rank) => [hash, rank]));
    })();
    // A failed fetch is tried again by the next sorted search, not remembered.
    ranks.catch(() => orders.delete(folder));
    orders.set(folder, ranks);
  }
  return ranks;
}

export async function searchByDate(
  index: SearchIndex,
  query: string | null,
  filters: Record<string, string>,
  order: 'asc' | 'desc',
): Promise<PagefindResult[]> {
  const shards = order === 'desc' ? index.datedShards : [...index.datedShards].reverse();
  const sign = order === 'asc' ? 1 : -1;
  const runs = await Promise.all(
    shards.map(async (shard) => {
      const [response, ranks] = await Promise.all([
        index.pagefind.search(query, { filters: { ...filters, ...shard.filter } }),
        dateRanks(shard.folder),
      ]);
      const placed = (response?.results ?? []).flatMap((result) => {
        const rank = ranks.get(result.id);
        return rank === undefined ? [] : [{ result, rank }];
      });
      return placed.sort((a, b) => sign * (a.rank - b.rank)).map((entry) => entry.result);
    }),
  );
  return runs.flat();
}
