/**
 * NetBox 4.2's 802.1Q rules for an interface (InterfaceSerializer.validate, BaseInterface.clean()
 * and save()), written once for device interfaces and VM interfaces alike: the caller names the
 * join table of tagged VLANs and the site of the interface's parent (device or virtual machine).
 * Runs after the row and its tagged VLANs are written (post_save), so "the tagged VLANs" are the
 * ones given in this request or, if none were given, the ones already assigned — as NetBox reads them.
 */
import { ValidationError, type FieldErrors, type Knex } from '@patchbay/core';

export interface InterfaceVlanTarget {
  /** The interface row as saved (mode, untagged_vlan_id, qinq_svlan_id). */
  row: Record<string, unknown>;
  /** The many-to-many table of tagged VLANs and its columns, e.g. dcim_interface_tagged_vlans(interface_id, vlan_id). */
  tagged: { table: string; from: string; to: string };
  /** The site of the interface's device or virtual machine (null: none). */
  parentSiteId: number | null;
  /** "device" or "virtual machine", for the messages. */
  parentNoun: string;
}

const vlanName = (v: { name: unknown; vid: unknown }) => `${v.name} (${v.vid})`;

/** Validates an interface's VLANs and drops tagged VLANs a non-tagged mode cannot carry. Throws ValidationError. */
export async function enforceInterfaceVlans(trx: Knex.Transaction, target: InterfaceVlanTarget): Promise<void> {
  const { row, tagged, parentSiteId, parentNoun } = target;
  const mode = (row.mode as string | null) || '';
  const taggedRows: { id: number; name: string; vid: number; site_id: number | null }[] = await trx('ipam_vlan as v')
    .select('v.id', 'v.name', 'v.vid', 'v.site_id')
    .join(`${tagged.table} as j`, `j.${tagged.to}`, 'v.id')
    .where(`j.${tagged.from}`, row.id as number)
    .orderBy('v.id');

  const errors: FieldErrors = {};
  if (mode !== 'q-in-q' && row.qinq_svlan_id != null) errors.qinq_svlan = ['Interface mode does not support q-in-q service vlan'];
  if (!mode) {
    if (row.untagged_vlan_id != null) errors.untagged_vlan = ['Interface mode does not support untagged vlan'];
    if (taggedRows.length) errors.tagged_vlans = ['Interface mode does not support tagged vlans'];
  } else if ((mode === 'tagged-all' || mode === 'access') && taggedRows.length) {
    errors.tagged_vlans = ['Interface mode does not support tagged vlans'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const offSite = (site: number | null) => site !== null && Number(site) !== Number(parentSiteId);
  for (const v of taggedRows)
    if (offSite(v.site_id))
      throw ValidationError.field('tagged_vlans', `VLAN ${vlanName(v)} must belong to the same site as the interface's parent ${parentNoun}, or it must be global.`);
  if (row.untagged_vlan_id != null) {
    const v = await trx('ipam_vlan').select('name', 'vid', 'site_id').where('id', row.untagged_vlan_id as number).first();
    if (v && offSite(v.site_id))
      throw ValidationError.field('untagged_vlan', `The untagged VLAN (${vlanName(v)}) must belong to the same site as the interface's parent ${parentNoun}, or it must be global.`);
  }

  // BaseInterface.save(): only "tagged" interfaces keep tagged VLANs ("tagged all" implies all of them).
  if (mode !== 'tagged' && taggedRows.length) await trx(tagged.table).where(tagged.from, row.id as number).delete();
}
