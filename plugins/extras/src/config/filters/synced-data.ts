/**
 * NetBox's SyncedDataMixin filters over objects that can never be synced (Patchbay has no data
 * sources): `auto_sync_enabled` is false and `data_synced` null for every object, and
 * `data_source_id` / `data_file_id` name objects that cannot exist, so any value is refused as
 * NetBox refuses an unknown choice.
 */
import { FilterValueError, method, type FilterDef } from '@patchbay/core';

/** A `<x>_id` filter of a model that has no rows: every value is an invalid choice (400). */
function noChoices(): FilterDef {
  return method('number', (_qb, values) => {
    throw new FilterValueError(`Select a valid choice. ${String(values[0])} is not one of the available choices.`);
  }, ['n']);
}

/** `auto_sync_enabled`, `data_synced` (with NetBox's lookups), `data_source_id`, `data_file_id`. */
export function syncedDataFilters(): Record<string, FilterDef> {
  return {
    auto_sync_enabled: method('boolean', (qb, values) => void (values[0] ? qb.whereRaw('false') : qb), []),
    // A null date equals nothing and compares with nothing; `__n` keeps it (Django's exclude), `__empty=true` is everything.
    data_synced: method('datetime', (qb, values, lookup, negate) => {
      const keep = lookup === 'empty' ? values[0] === true : negate;
      if (!keep) qb.whereRaw('false');
    }, ['n', 'empty', 'gt', 'gte', 'lt', 'lte']),
    data_source_id: noChoices(),
    data_file_id: noChoices(),
  };
}
