/**
 * NetBox 4.2's clean() rules for VLAN groups and VLANs, run inside the write's transaction.
 * Each raises the first problem found, with NetBox's message and key, as Django does.
 */
import { ValidationError, type HookContext } from '@patchbay/core';
import { parseRangeArray } from '../models/vid-ranges.js';

export const VLAN_VID_MIN = 1;
export const VLAN_VID_MAX = 4094;

/** NetBox's ranges_to_string: inclusive `lower-upper` pairs joined by commas. */
export function rangesToString(pairs: [number, number][]): string {
  return pairs.map(([lo, hi]) => `${lo}-${hi}`).join(',');
}

/** VLANGroup.clean(): every VID range within 1-4094, not inverted, none overlapping. */
export function checkVidRanges(pairs: [number, number][]): void {
  const fail = (msg: string) => { throw ValidationError.field('vid_ranges', msg); };
  for (const [lower, upper] of pairs) {
    if (lower < VLAN_VID_MIN) fail(`Starting VLAN ID in range (${lower}) cannot be less than ${VLAN_VID_MIN}`);
    if (upper > VLAN_VID_MAX) fail(`Ending VLAN ID in range (${upper}) cannot exceed ${VLAN_VID_MAX}`);
    if (lower > upper) fail(`Ending VLAN ID in range must be greater than or equal to the starting VLAN ID (${lower}-${upper})`);
  }
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]![0] <= sorted[i - 1]![1]) fail('Ranges cannot overlap.');
}

/** NetBox's scope check, run before core's generic-relation check so the messages are NetBox's. */
export function checkScopePair(scopeType: unknown, scopeId: unknown): void {
  const hasType = scopeType !== null && scopeType !== undefined && scopeType !== '';
  const hasId = scopeId !== null && scopeId !== undefined;
  if (hasType && !hasId) throw ValidationError.nonField('Cannot set scope_type without scope_id.');
  if (hasId && !hasType) throw ValidationError.nonField('Cannot set scope_id without scope_type.');
}

export async function cleanVLANGroup(row: Record<string, unknown>, _prev: Record<string, unknown> | null, _ctx: HookContext): Promise<void> {
  checkVidRanges(parseRangeArray(row.vid_ranges));
}

/** The display string of any registered object (a group's scope), or '' if it is gone. */
async function displayOfObject(ctx: HookContext, label: string, id: unknown): Promise<string> {
  const model = ctx.request.registry.models.get(label);
  if (!model) return '';
  const row = await ctx.trx(model.tableName).where('id', id as number).first();
  return row ? model.displayOf(row) : '';
}

/** VLAN.clean(): the site fits the group's site/site-group scope, the VID is in the group's ranges, Q-in-Q pairing. */
export async function cleanVLAN(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
  if (row.group_id != null) {
    const group = await ctx.trx('ipam_vlangroup').where('id', row.group_id as number).first();
    if (group) {
      if (row.site_id != null && (group.scope_type === 'dcim.site' || group.scope_type === 'dcim.sitegroup')) {
        const site = await ctx.trx('dcim_site').select('id', 'name', 'group_id').where('id', row.site_id as number).first();
        const scope = await displayOfObject(ctx, group.scope_type, group.scope_id);
        if (group.scope_type === 'dcim.site' && Number(site?.id) !== Number(group.scope_id))
          throw ValidationError.nonField(`VLAN is assigned to group ${group.name} (scope: ${scope}); cannot also assign to site ${site?.name}.`);
        if (group.scope_type === 'dcim.sitegroup' && Number(site?.group_id) !== Number(group.scope_id))
          throw ValidationError.nonField(`The assigned site ${site?.name} is not a member of the assigned group ${group.name} (scope: ${scope}).`);
      }
      const ranges = parseRangeArray(group.vid_ranges);
      const vid = Number(row.vid);
      if (!ranges.some(([lo, hi]) => vid >= lo && vid <= hi))
        throw ValidationError.field('vid', `VID must be in ranges ${rangesToString(ranges)} for VLANs in group ${group.name}`);
    }
  }
  if (row.qinq_svlan_id != null && row.qinq_role !== 'cvlan')
    throw ValidationError.field('qinq_svlan', 'Only Q-in-Q customer VLANs maybe assigned to a service VLAN.');
  if (row.qinq_role === 'cvlan' && row.qinq_svlan_id == null)
    throw ValidationError.field('qinq_role', 'A Q-in-Q customer VLAN must be assigned to a service VLAN.');
}
