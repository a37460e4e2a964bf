/**
 * NetBox's SyncedDataMixin fields as Patchbay shows them: there are no data sources, so an object
 * is never synced — `data_source`, `data_file` and `data_synced` are null and `data_path` is empty.
 */
import { field, type FieldMap } from '@patchbay/core';

const nullObject = { type: 'object', nullable: true, readOnly: true };

/** The read-only data_source / data_path / data_file / data_synced quartet. */
export function syncedDataFields(): FieldMap {
  return {
    data_source: field.computed(() => null, { schema: nullObject }),
    data_path: field.computed(() => '', { schema: { type: 'string', readOnly: true, description: 'Path to remote file (relative to data source root)' } }),
    data_file: field.computed(() => null, { schema: nullObject }),
    data_synced: field.computed(() => null, { schema: { type: 'string', format: 'date-time', readOnly: true, nullable: true } }),
  };
}
