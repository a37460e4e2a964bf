/**
 * Cluster rules (NetBox 4.2's Cluster.clean() and its (_site, name) constraint): the site and
 * location a cluster's new scope implies, checked against its host devices, and a name unique per
 * scope site. The cached `_site_id` is written after the save, so the scope is resolved here.
 */
import { ValidationError, type HookContext, type Knex } from '@patchbay/core';

type Row = Record<string, unknown>;

/** The site and location of a scope (a site, or a location and its site); none for regions and site groups. */
export async function scopePlace(trx: Knex, type: unknown, id: unknown): Promise<{ site: Row | null; location: Row | null }> {
  if (id == null) return { site: null, location: null };
  if (type === 'dcim.site') return { site: (await trx('dcim_site').where('id', id as number).first()) ?? null, location: null };
  if (type === 'dcim.location') {
    const location = (await trx('dcim_location').where('id', id as number).first()) ?? null;
    const site = location ? ((await trx('dcim_site').where('id', location.site_id).first()) ?? null) : null;
    return { site, location };
  }
  return { site: null, location: null };
}

export async function cleanCluster(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const trx = ctx.trx;
  const { site, location } = await scopePlace(trx, row.scope_type, row.scope_id);
  if (prev && site) {
    const [{ n }] = await trx('dcim_device').count({ n: '*' }).where('cluster_id', prev.id as number).whereNot('site_id', site.id as number);
    if (Number(n)) throw ValidationError.field('scope', `${Number(n)} devices are assigned as hosts for this cluster but are not in site ${site.name}`);
  }
  if (prev && location) {
    const [{ n }] = await trx('dcim_device').count({ n: '*' }).where('cluster_id', prev.id as number)
      .where((w) => w.whereNull('location_id').orWhereNot('location_id', location.id as number));
    if (Number(n)) throw ValidationError.field('scope', `${Number(n)} devices are assigned as hosts for this cluster but are not in location ${location.name}`);
  }
  if (site) {
    const clash = trx('virtualization_cluster').select('id').where({ _site_id: site.id, name: row.name }).first();
    if (prev) clash.whereNot('id', prev.id as number);
    if (await clash) throw ValidationError.nonField('Cluster with this  site and Name already exists.');
  }
}
