import { defineSerializer, type Knex } from '@patchbay/core';
import { FHRPGroup } from '../models/fhrp-group.js';

/** The group's first IP (by address), for NetBox's display; a correlated subquery of the page query (the resource's queryShape). */
export function withFirstIp(qb: Knex.QueryBuilder): void {
  qb.select(qb.client.raw(`(SELECT a.address::text FROM ipam_ipaddress a
    WHERE a.assigned_object_type = 'ipam.fhrpgroup' AND a.assigned_object_id = t.id ORDER BY a.address, a.id LIMIT 1) AS _first_ip`));
}

/** FHRP groups in NetBox 4.2's key order (`name` before `url`, as NetBox has it), with their virtual IPs. */
export const fhrpGroupSerializer = defineSerializer(FHRPGroup, {
  fields: [
    'id', 'name', 'url', 'display_url', 'display', 'protocol', 'group_id', 'auth_type', 'auth_key', 'description',
    'comments', 'tags', 'custom_fields', 'created', 'last_updated', 'ip_addresses',
  ],
  brief: ['id', 'url', 'display', 'protocol', 'group_id', 'description'],
});
