/**
 * Primary and out-of-band IPs of devices (NetBox's Device.primary_ip4 / primary_ip6 / oob_ip) and
 * virtual device contexts (primary_ip4 / primary_ip6): the fields IPAM adds to dcim's serializers
 * and filter sets, and the rules, as in-transaction signals: Device.clean() and
 * VirtualDeviceContext.clean() (family, "on an interface of this device", one owner per address)
 * and IPAddress.clean()'s refusal to move or unassign an address that is its parent's primary IP.
 */
import { ValidationError, field, method, relation, type Knex, type PluginContext, type PluginExtensions } from '@patchbay/core';
import { IPAddress } from '../models/ip-address.js';

type Row = Record<string, unknown>;

/** The three writable fields in rule order, with NetBox's verbose names (uniqueness messages). */
const FIELDS = [
  { name: 'primary_ip4', family: 4, label: 'primary IPv4' },
  { name: 'primary_ip6', family: 6, label: 'primary IPv6' },
  { name: 'oob_ip', family: null, label: 'out-of-band IP' },
] as const;

/** The reference's Device key order: primary_ip, primary_ip4, primary_ip6, oob_ip after airflow (cluster follows). */
export const devicePrimaryIpFields: NonNullable<PluginExtensions['serializerFields']> = [
  { model: 'dcim.device', name: 'primary_ip', spec: field.related(() => IPAddress, { readOnly: true, nullable: true }), after: 'airflow' },
  { model: 'dcim.device', name: 'primary_ip4', spec: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }), after: 'primary_ip' },
  { model: 'dcim.device', name: 'primary_ip6', spec: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }), after: 'primary_ip4' },
  { model: 'dcim.device', name: 'oob_ip', spec: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }), after: 'primary_ip6' },
];

/** The reference's VirtualDeviceContext key order: primary_ip, primary_ip4, primary_ip6 after tenant. */
export const vdcPrimaryIpFields: NonNullable<PluginExtensions['serializerFields']> = [
  { model: 'dcim.virtualdevicecontext', name: 'primary_ip', spec: field.related(() => IPAddress, { readOnly: true, nullable: true }), after: 'tenant' },
  { model: 'dcim.virtualdevicecontext', name: 'primary_ip4', spec: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }), after: 'primary_ip' },
  { model: 'dcim.virtualdevicecontext', name: 'primary_ip6', spec: field.related(() => IPAddress, { nullable: true, default: null, onDelete: 'set_null' }), after: 'primary_ip4' },
];

/** `has_primary_ip`: either primary address set (NetBox's _has_primary_ip). */
const hasPrimaryIp = () => method('boolean', (qb, values) => {
  const set = '(t.primary_ip4_id IS NOT NULL OR t.primary_ip6_id IS NOT NULL)';
  qb.whereRaw(values[0] ? set : `NOT ${set}`);
}, []);

/** NetBox's Device and VirtualDeviceContext filter sets: has_primary_ip, has_oob_ip, primary_ip4_id, primary_ip6_id, oob_ip_id (with __n). */
export const primaryIpFilters: NonNullable<PluginExtensions['filters']> = [{
  model: 'dcim.device',
  filters: {
    has_primary_ip: hasPrimaryIp(),
    has_oob_ip: method('boolean', (qb, values) => void (values[0] ? qb.whereNotNull('t.oob_ip_id') : qb.whereNull('t.oob_ip_id')), []),
    primary_ip4: relation(() => IPAddress, { by: false }),
    primary_ip6: relation(() => IPAddress, { by: false }),
    oob_ip: relation(() => IPAddress, { by: false }),
  },
}, {
  model: 'dcim.virtualdevicecontext',
  filters: {
    has_primary_ip: hasPrimaryIp(),
    primary_ip4: relation(() => IPAddress, { by: false }),
    primary_ip6: relation(() => IPAddress, { by: false }),
  },
}];

/** What differs between devices and virtual device contexts in NetBox's clean() rules. */
interface Owner {
  table: string;
  verbose: string;
  fields: readonly { name: string; family: 4 | 6 | null; label: string }[];
  /** The device whose interfaces count, and its virtual chassis. */
  device(trx: Knex.Transaction, row: Row): Promise<{ id: number | null; vc: number | null }>;
  /** A NAT outside address of an address on the device counts too (devices yes, VDCs no). */
  nat: boolean;
  notAssigned(ip: string): string;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const DEVICE: Owner = {
  table: 'dcim_device', verbose: 'device', fields: FIELDS, nat: true,
  async device(_trx, row) { return { id: num(row.id), vc: num(row.virtual_chassis_id) }; },
  notAssigned: (ip) => `The specified IP address (${ip}) is not assigned to this device.`,
};

const VDC: Owner = {
  table: 'dcim_virtualdevicecontext', verbose: 'virtual device context', fields: FIELDS.slice(0, 2), nat: false,
  async device(trx, row) {
    const d = row.device_id == null ? undefined : await trx('dcim_device').where('id', Number(row.device_id)).first('id', 'virtual_chassis_id');
    return { id: num(d?.id), vc: num(d?.virtual_chassis_id) };
  },
  notAssigned: () => 'Primary IP address must belong to an interface on the assigned device.',
};

/**
 * Device.clean() / VirtualDeviceContext.clean(): each address set is primary for one owner only
 * (one-to-one fields; DRF's UniqueValidator runs before clean()), of the field's family, and on
 * an interface of the device or of a member of its virtual chassis that is not management-only
 * (NetBox's vc_interfaces(if_master=False)) — or, for devices, the NAT outside of such an address.
 */
async function checkOwner(owner: Owner, trx: Knex.Transaction, row: Row): Promise<void> {
  const set = owner.fields.filter((f) => row[`${f.name}_id`] !== null && row[`${f.name}_id`] !== undefined);
  if (!set.length) return;
  const selfId = num(row.id);
  const taken: Row[] = await trx(owner.table).select(set.map((f) => `${f.name}_id`))
    .modify((qb) => { if (selfId !== null) qb.whereNot('id', selfId); })
    .where((qb) => { for (const f of set) qb.orWhere(`${f.name}_id`, Number(row[`${f.name}_id`])); });
  const unique: Record<string, string[]> = {};
  for (const f of set)
    if (taken.some((t) => Number(t[`${f.name}_id`]) === Number(row[`${f.name}_id`]))) unique[f.name] = [`${owner.verbose} with this ${f.label} already exists.`];
  if (Object.keys(unique).length) throw new ValidationError(unique);

  const { id: deviceId, vc: vcId } = await owner.device(trx, row);
  const onDevice = `i.device_id IN (SELECT d.id FROM dcim_device d WHERE ${deviceId !== null ? 'd.id = ?' : 'FALSE'}
      ${vcId !== null ? 'OR (d.virtual_chassis_id = ? AND NOT i.mgmt_only)' : ''})`;
  const bind = [...(deviceId !== null ? [deviceId] : []), ...(vcId !== null ? [vcId] : [])];
  const nat = owner.nat ? `OR (n.assigned_object_type = 'dcim.interface' AND i.id = n.assigned_object_id)` : '';
  const { rows } = await trx.raw(
    `SELECT ip.id, ip.address::text AS address, family(ip.address) AS family,
       EXISTS (SELECT 1 FROM dcim_interface i WHERE ${onDevice} AND (
         (ip.assigned_object_type = 'dcim.interface' AND i.id = ip.assigned_object_id) ${nat})) AS ok
     FROM ipam_ipaddress ip LEFT JOIN ipam_ipaddress n ON n.id = ip.nat_inside_id
     WHERE ip.id = ANY(?::bigint[])`,
    [...bind, set.map((f) => Number(row[`${f.name}_id`]))],
  );
  const byId = new Map((rows as { id: unknown; address: string; family: number; ok: boolean }[]).map((r) => [Number(r.id), r]));
  for (const f of set) {
    const ip = byId.get(Number(row[`${f.name}_id`]));
    if (!ip) continue;
    if (f.family !== null && Number(ip.family) !== f.family)
      throw new ValidationError({ [f.name]: [`${ip.address} is not an IPv${f.family} address.`] });
    if (!ip.ok) throw new ValidationError({ [f.name]: [owner.notAssigned(ip.address)] });
  }
}

/**
 * Where an assigned object's parent keeps its primary IPs: the interface table, its column that
 * points at the parent, and the parent table. VM interfaces count when the virtualization plugin
 * has added `primary_ip4_id`/`primary_ip6_id` to its VMs.
 */
const PARENTS: Record<string, { table: string; column: string; parent: string }> = {
  'dcim.interface': { table: 'dcim_interface', column: 'device_id', parent: 'dcim_device' },
  'virtualization.vminterface': { table: 'virtualization_vminterface', column: 'virtual_machine_id', parent: 'virtualization_virtualmachine' },
};

async function parentOf(trx: Knex.Transaction, type: unknown, id: unknown): Promise<{ parent: string; id: number } | null> {
  const p = typeof type === 'string' ? PARENTS[type] : undefined;
  if (!p || id === null || id === undefined) return null;
  const row = await trx(p.table).select(`${p.column} as pid`).where('id', Number(id)).first();
  return row && row.pid !== null ? { parent: p.parent, id: Number(row.pid) } : null;
}

/** IPAddress.clean(): an address that is its parent's primary IP may not move to another parent or be unassigned. */
async function checkReassignment(trx: Knex.Transaction, row: Row, prev: Row | null): Promise<void> {
  if (!prev || prev.assigned_object_type == null || prev.assigned_object_id == null) return;
  if (prev.assigned_object_type === row.assigned_object_type && Number(prev.assigned_object_id) === Number(row.assigned_object_id)) return;
  const original = await parentOf(trx, prev.assigned_object_type, prev.assigned_object_id);
  if (!original) return;
  const { rows } = await trx.raw('SELECT family(?::inet) AS family', [(row.address ?? prev.address) as string]);
  const column = Number(rows[0].family) === 4 ? 'primary_ip4_id' : 'primary_ip6_id';
  const hasColumn = await trx.schema.hasColumn(original.parent, column);
  if (!hasColumn) return;
  const primary = await trx(original.parent).where('id', original.id).where(column, Number(prev.id)).first('id');
  if (!primary) return;
  const current = await parentOf(trx, row.assigned_object_type, row.assigned_object_id);
  if (current && current.parent === original.parent && current.id === original.id) return;
  throw ValidationError.nonField('Cannot reassign IP address while it is designated as the primary IP for the parent object');
}

/** Subscribes the two rules (called from the allocation area's setup). */
export function registerPrimaryIpRules(ctx: PluginContext): void {
  ctx.signals.on('pre_save', async ({ row, trx }) => checkOwner(DEVICE, trx, row), { model: 'dcim.device' });
  ctx.signals.on('pre_save', async ({ row, trx }) => checkOwner(VDC, trx, row), { model: 'dcim.virtualdevicecontext' });
  ctx.signals.on('pre_save', async ({ row, prev, trx }) => checkReassignment(trx, row, prev), { model: 'ipam.ipaddress' });
}
