/**
 * The config context of many devices or virtual machines in one statement — NetBox's
 * ConfigContextModelQuerySet.annotate_config_context_data(), set-based: each active context's
 * scope lists are gathered once (a materialised CTE of id arrays), each object's facts once (its
 * site's region and site group paths, its location path, cluster type/group, tenant group, tag
 * ids), objects with equal facts are grouped, and groups and contexts are joined with array
 * operators; each group gets its matching context ids ordered by (weight, name), and each context
 * used comes back once with its data.
 */
import type { Knex } from '@patchbay/core';
import { SCOPES } from './scopes.js';

/** The two kinds of objects that carry a config context. */
export interface ContextSubject {
  /** The model's table and label ('dcim_device', 'dcim.device'). */
  table: string;
  label: string;
  /** Devices match locations (tree) and device types; virtual machines match neither. */
  kind: 'device' | 'virtualmachine';
}

export const DEVICE_SUBJECT: ContextSubject = { table: 'dcim_device', label: 'dcim.device', kind: 'device' };
export const VM_SUBJECT: ContextSubject = { table: 'virtualization_virtualmachine', label: 'virtualization.virtualmachine', kind: 'virtualmachine' };

/** Each context's scope lists as bigint arrays (empty = unrestricted). */
function contextsCte(): string {
  const lists = SCOPES.map((s) => `ARRAY(SELECT x.${s.column} FROM ${s.table} AS x WHERE x.configcontext_id = c.id) AS ${s.name}`);
  return `SELECT c.id, c.weight, c.name, c.data, ${lists.join(', ')} FROM extras_configcontext AS c WHERE c.is_active`;
}

/**
 * Each object's facts. Tree scopes hold the node's `_path` (ancestors and itself), so a context
 * scoped to a parent region matches objects in every region below it, as NetBox's MPTT lookups.
 * `hasCluster`: devices get a cluster only when the virtualization plugin adds the column.
 */
function subjectsCte(subject: ContextSubject, hasCluster: boolean): string {
  const device = subject.kind === 'device';
  return `SELECT o.id,
      o.site_id, r._path AS regions, sg._path AS site_groups,
      ${device ? 'l._path' : 'NULL::bigint[]'} AS locations,
      ${device ? 'o.device_type_id' : 'NULL::bigint'} AS device_type_id,
      o.role_id, o.platform_id,
      ${hasCluster ? 'o.cluster_id, cl.type_id AS cluster_type_id, cl.group_id AS cluster_group_id' : 'NULL::bigint AS cluster_id, NULL::bigint AS cluster_type_id, NULL::bigint AS cluster_group_id'},
      o.tenant_id, tn.group_id AS tenant_group_id, COALESCE(tg.tags, '{}') AS tags
    FROM ${subject.table} AS o
    LEFT JOIN (
      SELECT ti.object_id, array_agg(ti.tag_id ORDER BY ti.tag_id) AS tags FROM extras_taggeditem AS ti
      WHERE ti.object_type = ? AND ti.object_id = ANY(?::bigint[]) GROUP BY ti.object_id
    ) AS tg ON tg.object_id = o.id
    LEFT JOIN dcim_site AS s ON s.id = o.site_id
    LEFT JOIN dcim_region AS r ON r.id = s.region_id
    LEFT JOIN dcim_sitegroup AS sg ON sg.id = s.group_id
    ${device ? 'LEFT JOIN dcim_location AS l ON l.id = o.location_id' : ''}
    ${hasCluster ? 'LEFT JOIN virtualization_cluster AS cl ON cl.id = o.cluster_id' : ''}
    LEFT JOIN tenancy_tenant AS tn ON tn.id = o.tenant_id
    WHERE o.id = ANY(?::bigint[])`;
}

/** The facts columns of `subjectsCte`, besides the id. */
const FACTS = [
  'site_id', 'regions', 'site_groups', 'locations', 'device_type_id', 'role_id', 'platform_id',
  'cluster_id', 'cluster_type_id', 'cluster_group_id', 'tenant_id', 'tenant_group_id', 'tags',
] as const;

/** How each scope list is matched against the object's facts. */
const MATCH: Record<string, string> = {
  regions: 'cc.regions && ob.regions',
  site_groups: 'cc.site_groups && ob.site_groups',
  sites: 'ob.site_id = ANY(cc.sites)',
  locations: 'cc.locations && ob.locations',
  device_types: 'ob.device_type_id = ANY(cc.device_types)',
  roles: 'ob.role_id = ANY(cc.roles)',
  platforms: 'ob.platform_id = ANY(cc.platforms)',
  cluster_types: 'ob.cluster_type_id = ANY(cc.cluster_types)',
  cluster_groups: 'ob.cluster_group_id = ANY(cc.cluster_groups)',
  clusters: 'ob.cluster_id = ANY(cc.clusters)',
  tenant_groups: 'ob.tenant_group_id = ANY(cc.tenant_groups)',
  tenants: 'ob.tenant_id = ANY(cc.tenants)',
  tags: 'cc.tags && ob.tags',
};

/** Per object, the ids of the contexts that apply in (weight, name) order; and the data of those contexts by id. */
export interface ContextMatches {
  ids: Map<number, number[]>;
  data: Map<number, unknown>;
}

/**
 * The contexts that apply to each object, in one statement. Rows of two kinds come back: one per
 * group of alike objects with its ordered context ids, and one per context used with its data — so
 * each context's data crosses the wire once, not once per object it applies to.
 */
export async function matchingContexts(db: Knex, subject: ContextSubject, ids: number[], hasCluster: boolean): Promise<ContextMatches> {
  const out: ContextMatches = { ids: new Map(), data: new Map() };
  if (ids.length === 0) return out;
  // A NULL fact never matches (`x = ANY(…)` and `&&` give NULL), so an unset site/role/… only meets unscoped lists.
  const conditions = SCOPES.map((s) => `(cardinality(cc.${s.name}) = 0 OR COALESCE(${MATCH[s.name]}, false))`);
  // Objects with the same facts (a page of 1,000 devices has a few dozen kinds) are matched once.
  const sql = `WITH cc AS MATERIALIZED (${contextsCte()}), facts AS MATERIALIZED (${subjectsCte(subject, hasCluster)}),
    ob AS MATERIALIZED (
      SELECT array_agg(f.id) AS objects, ${FACTS.map((c) => `f.${c}`).join(', ')}
      FROM facts AS f GROUP BY ${FACTS.map((c) => `f.${c}`).join(', ')}),
    m AS MATERIALIZED (
      SELECT ob.objects, array_agg(cc.id ORDER BY cc.weight, cc.name, cc.id) AS ids
      FROM ob JOIN cc ON ${conditions.join(' AND ')}
      GROUP BY ob.objects)
    SELECT m.objects, m.ids, NULL::bigint AS id, NULL::jsonb AS data FROM m
    UNION ALL
    SELECT NULL, NULL, cc.id, cc.data FROM cc WHERE cc.id IN (SELECT unnest(m.ids) FROM m)`;
  const idList = ids.map(String);
  const result = await db.raw(sql, [subject.label, idList, idList]);
  for (const row of (result.rows ?? result) as { objects: unknown[] | null; ids: unknown[] | null; id: unknown; data: unknown }[]) {
    if (row.objects) {
      const contextIds = row.ids!.map(Number);
      for (const object of row.objects) out.ids.set(Number(object), contextIds);
    } else out.data.set(Number(row.id), typeof row.data === 'string' ? JSON.parse(row.data) : row.data);
  }
  return out;
}
