/**
 * The tags area of extras: `/api/extras/tags/`, the `tags` field of every tagged model (core's
 * `tags` field provider), the `tag`/`tag_id` filters on their lists, and the cleanup of a deleted
 * object's tagged items.
 */
import { defineResource } from '@patchbay/core';
import type { ExtrasArea } from './area.js';
import { Tag } from '../tags/tag.js';
import { tagSerializer } from '../tags/tag-serializer.js';
import { tagFilterSet } from '../tags/tag-filter-set.js';
import { tagsProvider } from '../tags/tags-provider.js';
import { tagFilters } from '../tags/tag-filters.js';
import { objectTypeIds } from '../tags/object-types.js';
import { tagSearchIndex } from '../tags/search.js';
import { installCleanupTriggers, withFeature } from '../tags/object-cleanup.js';
import { createTags } from '../migrations/20260306001000_create_tags.js';

/** Deleting any tagged object deletes its tagged items (NetBox's TaggableManager is a GenericRelation). */
export const taggedItemCleanup = { name: 'extras_tags_cleanup', fn: 'extras_taggeditem_cleanup', appliesTo: withFeature('tags') };

export const tags: ExtrasArea = {
  models: [Tag],
  resources: [
    defineResource({
      slug: 'tags', model: Tag, serializer: tagSerializer, filterSet: tagFilterSet,
      hooks: {
        async prepare({ c, trx, body }) {
          if (body.object_types === undefined) return body;
          return { ...body, object_types: await objectTypeIds(trx, c.registry, body.object_types, 'tags') };
        },
      },
    }),
  ],
  searchIndexes: [tagSearchIndex],
  migrations: { '20260306001000_create_tags': createTags },
  extends: { fieldProviders: [tagsProvider], filterProviders: [tagFilters] },
  async setup({ knex, registry }) {
    await installCleanupTriggers(knex, registry, [taggedItemCleanup]);
  },
};
