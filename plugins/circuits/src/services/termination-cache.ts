/**
 * NetBox's CircuitTermination.cache_related_objects(): before a termination is saved, record the
 * region, site group, site, location or provider network its terminating object stands for, so
 * `site_id`, `region_id`… filter on indexed columns instead of walking the generic relation.
 */
import type { Knex, ResourceDefinition } from '@patchbay/core';

type Hooks = NonNullable<ResourceDefinition['hooks']>;

const CACHE_COLUMNS = ['_region_id', '_site_group_id', '_site_id', '_location_id', '_provider_network_id'] as const;

/** The cached columns for a terminating object (all null when there is none or it does not exist). */
export async function cachedColumns(db: Knex, type: unknown, id: unknown): Promise<Record<(typeof CACHE_COLUMNS)[number], number | null>> {
  const out = Object.fromEntries(CACHE_COLUMNS.map((c) => [c, null])) as Record<(typeof CACHE_COLUMNS)[number], number | null>;
  if (type == null || id == null) return out;
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  switch (type) {
    case 'dcim.region': out._region_id = Number(id); break;
    case 'dcim.sitegroup': out._site_group_id = Number(id); break;
    case 'circuits.providernetwork': out._provider_network_id = Number(id); break;
    case 'dcim.site': {
      const site = await db('dcim_site').select('id', 'region_id', 'group_id').where('id', id as number).first();
      if (site) Object.assign(out, { _site_id: n(site.id), _region_id: n(site.region_id), _site_group_id: n(site.group_id) });
      break;
    }
    case 'dcim.location': {
      const loc = await db('dcim_location as l').join('dcim_site as s', 's.id', 'l.site_id')
        .select('l.id', 'l.site_id', 's.region_id', 's.group_id').where('l.id', id as number).first();
      if (loc) Object.assign(out, { _location_id: n(loc.id), _site_id: n(loc.site_id), _region_id: n(loc.region_id), _site_group_id: n(loc.group_id) });
      break;
    }
  }
  return out;
}

/** The circuit-terminations resource's write hook: refreshes the cache whenever the termination is written. */
export const terminationWriteHooks: Hooks = {
  async beforeSave({ trx, prev, parsed }) {
    const v = parsed.values;
    const type = 'termination_type' in v ? v.termination_type : prev?.termination_type;
    const id = 'termination_id' in v ? v.termination_id : prev?.termination_id;
    Object.assign(v, await cachedColumns(trx, type, id));
  },
};
