/**
 * The site's fixed pages (home, indexes, search, and any added later such as
 * a timeline), read from the page files themselves so the sitemap never needs
 * editing when a page is added.
 */

/** Error pages have no address worth listing. */
const NOT_LISTED = new Set(['404', '500']);

/**
 * Site paths of the page files that are not dynamic routes, from their paths
 * relative to src/pages (`./search.astro`, `./timeline/index.astro` → `search/`,
 * `timeline/`), home first, then in code-unit order.
 */
export function staticPagePaths(files: Iterable<string>): string[] {
  const paths = new Set<string>();
  for (const file of files) {
    // Endpoints (feed.xml.ts, data/*.ts) produce files, not pages.
    const route = /^(?:\.?\/)?(.*)\.(?:astro|md|mdx|html)$/.exec(file)?.[1];
    if (route === undefined) continue;
    const segments = route.split('/');
    // Dynamic routes list their pages from content; underscored files are never routes.
    if (segments.some((segment) => segment.includes('[') || segment.startsWith('_'))) continue;
    if (segments.at(-1) === 'index') segments.pop();
    const path = segments.join('/');
    if (NOT_LISTED.has(path)) continue;
    paths.add(path === '' ? '' : `${path}/`);
  }
  // Code-unit order, which puts the home page ('') first.
  return [...paths].sort();
}
