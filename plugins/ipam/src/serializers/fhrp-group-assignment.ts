import { defineSerializer, type Knex } from '@patchbay/core';
import { FHRPGroupAssignment } from '../models/fhrp-group-assignment.js';
import { FHRPGroupProtocolChoices } from '../choices/services.js';

/** `WHEN 'vrrp2' THEN 'VRRPv2' …`, from the choice set (constant values, safe to inline). */
const PROTOCOL_LABELS = FHRPGroupProtocolChoices.choices.map((c) => `WHEN '${c.value}' THEN '${c.label}'`).join(' ');

/**
 * The interface's name and the group's display, for NetBox's `{interface}: {group} ({priority})`,
 * selected with the page query (the resource's queryShape) instead of a query per row.
 */
export function withAssignmentNames(qb: Knex.QueryBuilder): void {
  qb.select(qb.client.raw(`(SELECT CASE WHEN i.label <> '' THEN i.name || ' (' || i.label || ')' ELSE i.name END FROM dcim_interface i WHERE t.interface_type = 'dcim.interface' AND i.id = t.interface_id) AS _interface_name`));
  qb.select(qb.client.raw(`(SELECT concat_ws(' ', nullif(g.name, ''), CASE g.protocol ${PROTOCOL_LABELS} ELSE g.protocol END || ': ' || g.group_id)
      || coalesce(' (' || (SELECT a.address::text FROM ipam_ipaddress a WHERE a.assigned_object_type = 'ipam.fhrpgroup'
                            AND a.assigned_object_id = g.id ORDER BY a.address, a.id LIMIT 1) || ')', '')
    FROM ipam_fhrpgroup g WHERE g.id = t.group_id) AS _group_display`));
}

/** FHRP group assignments in NetBox 4.2's key order (a change-logged model: no tags, custom fields or display_url). */
export const fhrpGroupAssignmentSerializer = defineSerializer(FHRPGroupAssignment, {
  fields: ['id', 'url', 'display', 'group', 'interface_type', 'interface_id', 'interface', 'priority', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'group', 'interface_type', 'interface_id', 'priority'],
});
