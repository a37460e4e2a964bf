/**
 * A service may only be bound to IP addresses of its own parent: addresses assigned to an
 * interface of its device (or, once virtualization exists, of its virtual machine). Checked in
 * the write's transaction with one query, whichever of the parent or the addresses changed.
 */
import { ValidationError, type Knex } from '@patchbay/core';

type Row = Record<string, unknown>;

/** Throws a 400 on `ipaddresses` naming the first address that belongs elsewhere. */
export async function checkServiceIps(
  trx: Knex.Transaction, values: Row, many: Record<string, number[]>, prev: Row | null,
): Promise<void> {
  const device = 'device_id' in values ? values.device_id : prev?.device_id ?? null;
  const vm = 'virtual_machine_id' in values ? values.virtual_machine_id : prev?.virtual_machine_id ?? null;
  let ids = many.ipaddresses;
  if (!ids) {
    const parentChanged = prev && (prev.device_id !== device || prev.virtual_machine_id !== vm);
    if (!parentChanged) return;
    ids = (await trx('ipam_service_ipaddresses').where('service_id', prev!.id as number).pluck('ipaddress_id')).map(Number);
  }
  if (!ids.length) return;
  // The addresses that do belong to the parent; any other one is a stray (unassigned ones included).
  const valid = trx('ipam_ipaddress as a').select('a.id').whereIn('a.id', ids).where((w) => {
    w.where((d) => d.where('a.assigned_object_type', 'dcim.interface').whereIn('a.assigned_object_id',
      (s: Knex.QueryBuilder) => s.select('id').from('dcim_interface').where('device_id', (device ?? null) as number)));
    if (vm != null) w.orWhere((v) => v.where('a.assigned_object_type', 'virtualization.vminterface').whereIn('a.assigned_object_id',
      (s: Knex.QueryBuilder) => s.select('id').from('virtualization_vminterface').where('virtual_machine_id', vm as number)));
  });
  const stray = await trx('ipam_ipaddress as a').select('a.address').whereIn('a.id', ids).whereNotIn('a.id', valid)
    .orderBy('a.address').first();
  if (stray) {
    const parent = device != null ? 'device' : 'virtual machine';
    throw new ValidationError({ ipaddresses: [`IP address ${stray.address} is not assigned to an interface of this ${parent}.`] });
  }
}
