/** Where each kind of page lives, relative to the base path. */
import type { EntityCollection } from '../content/schema.ts';

export const articlePath = (id: string): string => `articles/${id}/`;
export const entityPath = (collection: EntityCollection, id: string): string => `${collection}/${id}/`;
