import { defineFilterSet, method } from '@patchbay/core';
import { ExportTemplate } from '../models/export-template.js';
import { objectTypesFilters } from '../object-types.js';

/** Filters by id of something Patchbay does not have (data sources/files): match nothing, or everything negated. */
const nothing = method('number', (qb, _values, _lookup, negate) => {
  if (!negate) qb.whereRaw('false');
}, ['n']);

/** ExportTemplateFilterSet: `q` searches name and description. */
export const exportTemplateFilterSet = defineFilterSet(ExportTemplate, {
  fields: {
    ...objectTypesFilters('extras_exporttemplate_object_types', 'exporttemplate_id'),
    name: 'text',
    description: 'text',
    mime_type: 'text',
    file_extension: 'text',
    as_attachment: 'boolean',
    data_source_id: nothing,
    data_file_id: nothing,
    // No data sources: nothing syncs automatically and nothing was ever synced.
    auto_sync_enabled: method('boolean', (qb, values, _lookup, negate) => {
      const wantsTrue = values.some((v) => v === true);
      if (wantsTrue !== negate) qb.whereRaw('false');
    }),
    data_synced: method('datetime', (qb, _values, lookup, negate) => {
      if (lookup === 'empty') return;
      if (!negate) qb.whereRaw('false');
    }, ['n', 'lt', 'lte', 'gt', 'gte', 'empty']),
  },
  search: ['name', 'description'],
});
