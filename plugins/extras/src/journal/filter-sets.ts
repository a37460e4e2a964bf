/** NetBox's JournalEntryFilterSet and BookmarkFilterSet. */
import { User, choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { JournalEntry } from './journal-entry.js';
import { Bookmark } from './bookmark.js';
import { JournalEntryKindChoices } from './choices.js';
import { objectTypeIdFilter, objectTypeLabelFilter } from './object-type-filters.js';

/** `created_after` / `created_before`: NetBox's DateTimeFilters on `created` (gte / lte). */
function createdBound(op: '>=' | '<=') {
  return method('datetime', (qb: Knex.QueryBuilder, values: unknown[]) => {
    for (const v of values) qb.where('t.created', op, v as string);
  }, []);
}

export const journalEntryFilterSet = defineFilterSet(JournalEntry, {
  fields: {
    assigned_object_type: objectTypeLabelFilter('assigned_object_type'),
    assigned_object_type_id: objectTypeIdFilter('assigned_object_type', ['n']),
    assigned_object_id: 'number',
    created_after: createdBound('>='),
    created_before: createdBound('<='),
    created_by: relation(() => User, { by: 'username' }),
    kind: choice(JournalEntryKindChoices),
  },
  search: ['comments'],
});

export const bookmarkFilterSet = defineFilterSet(Bookmark, {
  fields: {
    object_type: objectTypeLabelFilter('object_type'),
    object_type_id: objectTypeIdFilter('object_type', ['n', 'gt', 'gte', 'lt', 'lte', 'empty']),
    object_id: 'number',
    user: relation(() => User, { by: 'username' }),
  },
});
