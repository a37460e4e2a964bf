/**
 * Virtual machine rules (NetBox 4.2's VirtualMachine.clean() and save(), its name constraints, the
 * role's `limit_choices_to` and the primary IPs), and the write steps NetBox's save() takes: a VM without a site
 * takes its cluster's, and a VM with virtual disks but no disk size takes their total.
 */
import { ValidationError, type HookContext, type Knex, type ResourceDefinition } from '@patchbay/core';
import { Device } from '@patchbay/plugin-dcim';

type Row = Record<string, unknown>;

const byId = async (trx: Knex, table: string, id: unknown): Promise<Row | undefined> =>
  id == null ? undefined : trx(table).where('id', id as number).first();

/** The total size of a VM's virtual disks, or null when it has none (NetBox's Sum()). */
export async function diskTotal(trx: Knex, vmId: unknown): Promise<number | null> {
  const [{ total }] = await trx('virtualization_virtualdisk').sum({ total: 'size' }).where('virtual_machine_id', vmId as number);
  return total == null ? null : Number(total);
}

export async function cleanVirtualMachine(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const trx = ctx.trx;
  // Django validates a ForeignKey against limit_choices_to={'vm_role': True}.
  if (row.role_id != null) {
    const role = await byId(trx, 'dcim_devicerole', row.role_id);
    if (role && !role.vm_role) throw ValidationError.field('role', `device role instance with id ${row.role_id} does not exist.`);
  }
  if (row.site_id == null && row.cluster_id == null)
    throw ValidationError.field('cluster', 'A virtual machine must be assigned to a site and/or cluster.');

  const cluster = await byId(trx, 'virtualization_cluster', row.cluster_id);
  if (cluster && row.site_id != null && cluster._site_id != null && Number(cluster._site_id) !== Number(row.site_id)) {
    const site = await byId(trx, 'dcim_site', row.site_id);
    throw ValidationError.field('cluster', `The selected cluster (${cluster.name}) is not assigned to this site (${site?.name ?? row.site_id}).`);
  }
  if (row.device_id != null) {
    if (!cluster) throw ValidationError.field('device', 'Must specify a cluster when assigning a host device.');
    const device = await byId(trx, 'dcim_device', row.device_id);
    if (device && Number(device.cluster_id) !== Number(cluster.id))
      throw ValidationError.field('device', `The selected device (${Device.displayOf(device)}) is not assigned to this cluster (${cluster.name}).`);
  }

  if (prev) {
    const total = await diskTotal(trx, prev.id);
    if (total && row.disk != null && Number(row.disk) !== total)
      throw ValidationError.field('disk', `The specified disk size (${row.disk}) must match the aggregate size of assigned virtual disks (${total}).`);
  }

  await checkPrimaryIps(trx, row, prev);
  await checkUniqueName(trx, row, prev);
}

/**
 * The primary IPv4/IPv6: each the primary of one VM only (one-to-one; DRF's UniqueValidator runs
 * first), of its field's family, and assigned to one of this VM's interfaces — or the NAT outside
 * address of one that is. A VM being created has no interfaces yet, so nothing qualifies.
 */
async function checkPrimaryIps(trx: Knex, row: Row, prev: Row | null): Promise<void> {
  const set = ([4, 6] as const).filter((f) => row[`primary_ip${f}_id`] != null);
  if (!set.length) return;
  const unique: Record<string, string[]> = {};
  for (const f of set) {
    const taken = trx('virtualization_virtualmachine').select('id').where(`primary_ip${f}_id`, row[`primary_ip${f}_id`] as number).first();
    if (prev) taken.whereNot('id', prev.id as number);
    if (await taken) unique[`primary_ip${f}`] = [`virtual machine with this primary IPv${f} already exists.`];
  }
  if (Object.keys(unique).length) throw new ValidationError(unique);
  const vmId = prev ? Number(prev.id) : null;
  for (const f of set) {
    const name = `primary_ip${f}`;
    const { rows } = await trx.raw(
      `SELECT ip.address::text AS address, family(ip.address) AS family,
         (? :: bigint IS NOT NULL AND EXISTS (SELECT 1 FROM virtualization_vminterface i WHERE i.virtual_machine_id = ? AND (
           (ip.assigned_object_type = 'virtualization.vminterface' AND ip.assigned_object_id = i.id)
           OR (n.assigned_object_type = 'virtualization.vminterface' AND n.assigned_object_id = i.id)))) AS ok
       FROM ipam_ipaddress ip LEFT JOIN ipam_ipaddress n ON n.id = ip.nat_inside_id WHERE ip.id = ?`,
      [vmId, vmId, row[`${name}_id`] as number],
    );
    const ip = rows[0] as { address: string; family: number; ok: boolean } | undefined;
    if (!ip) continue;
    if (Number(ip.family) !== f)
      throw ValidationError.field(name, `Must be an IPv${f} address. (${ip.address} is an IPv${ip.family} address.)`);
    if (!ip.ok) throw ValidationError.field(name, `The specified IP address (${ip.address}) is not assigned to this VM.`);
  }
}

/**
 * NetBox's two constraints: lower(name) unique per (cluster, tenant), and per cluster among VMs
 * without a tenant. Without a cluster nothing is enforced (NULLs are distinct), as in NetBox 4.2.
 */
async function checkUniqueName(trx: Knex, row: Row, prev: Row | null): Promise<void> {
  if (row.cluster_id == null || typeof row.name !== 'string') return;
  const q = trx('virtualization_virtualmachine').select('id')
    .whereRaw('lower(name) = lower(?)', [row.name]).where('cluster_id', row.cluster_id as number).first();
  if (prev) q.whereNot('id', prev.id as number);
  if (row.tenant_id == null) {
    if (await q.whereNull('tenant_id')) throw ValidationError.nonField('Virtual machine name must be unique per cluster.');
  } else if (await q.where('tenant_id', row.tenant_id as number)) {
    throw ValidationError.nonField('Constraint “virtualization_virtualmachine_unique_name_cluster_tenant” is violated.');
  }
}

/** NetBox's VirtualMachine.save() and the start of its clean(): values derived before validation. */
export const virtualMachineWriteHooks: NonNullable<ResourceDefinition['hooks']> = {
  async beforeSave({ trx, prev, parsed }) {
    const merged = { ...(prev ?? {}), ...parsed.values };
    if (merged.site_id == null && merged.cluster_id != null) {
      const cluster = await byId(trx, 'virtualization_cluster', merged.cluster_id);
      if (cluster?._site_id != null) parsed.values.site_id = cluster._site_id;
    }
    if (prev && merged.disk == null) {
      const total = await diskTotal(trx, prev.id);
      if (total) parsed.values.disk = total;
    }
  },
};
