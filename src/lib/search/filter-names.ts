/** Names of the search filters, as Pagefind knows them and as URL parameters of /search/. */
export const FILTER_NAMES = ['type', 'year', 'actor', 'agreement'] as const;
