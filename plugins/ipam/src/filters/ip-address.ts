import { choice, defineFilterSet, method, relation, type FilterDef, type Knex } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { IPAddressRoleChoices, IPAddressStatusChoices } from '../choices/addressing.js';
import { IPAddress } from '../models/ip-address.js';
import { Service } from '../models/service.js';
import { familyFilter, maskLengthFilter, presentInVrfFilters, toCidr, toInet, vrfFilters } from './ip-filters.js';

/** Interface types that make an address "assigned to an interface". */
const INTERFACE_TYPES = ['dcim.interface', 'virtualization.vminterface'];

/** `address`: exact host-and-mask matches, or the host alone when given without a mask (NetBox's net_in). */
const address = method('text', (qb, values, _lookup, negate) => {
  const given = values.map((v) => String(v).trim()).filter((v) => toInet(v) !== null);
  if (!given.length) return void qb.whereRaw('false');
  const build = (w: Knex.QueryBuilder) => {
    for (const v of given) {
      if (v.includes('/')) w.orWhereRaw('t.address = ?::inet', [toInet(v)]);
      else w.orWhereRaw('host(t.address) = host(?::inet)', [toInet(v)]);
    }
  };
  if (negate) qb.whereNot(build); else qb.where(build);
}, ['n']);

/** Addresses inside any of the given prefixes (host part compared, NetBox's net_host_contained). */
const parent = method('text', (qb, values) => {
  const nets = values.map(toCidr);
  if (nets.some((n) => n === null)) return void qb.whereRaw('false');
  // `&&` lets the GiST index narrow the rows; host() compares the address without its own mask.
  qb.where((w) => { for (const n of nets) w.orWhereRaw('(t.address && ?::inet AND host(t.address)::inet <<= ?::inet)', [n, n]); });
}, []);

type Objects = (sub: Knex.QueryBuilder, values: unknown[]) => void;

/**
 * Addresses assigned to objects of `type` whose id `ids` admits; negated (`__n`), every other
 * address, unassigned ones included (Django's exclude()). `lookups` lists the accepted suffixes.
 */
const assignedWhere = (kind: 'text' | 'number', type: string, ids: (w: Knex.QueryBuilder, column: string, values: unknown[]) => void, lookups: string[]) =>
  method(kind, (qb, values, _lookup, negate) => {
    if (!negate) return void qb.where('t.assigned_object_type', type).where((w) => ids(w, 't.assigned_object_id', values));
    qb.whereNotIn('t.id', (sub) => sub.select('id').from('ipam_ipaddress').where('assigned_object_type', type)
      .where((w) => ids(w, 'assigned_object_id', values)));
  }, lookups);

/** Addresses assigned to the interfaces the subquery selects. */
const onInterfaces = (type: string, interfaces: Objects, lookups: string[] = []) =>
  assignedWhere('text', type, (w, column, values) => void w.whereIn(column, (sub) => interfaces(sub, values)), lookups);

const numberOnInterfaces = (type: string, interfaces: Objects, lookups: string[] = []) =>
  assignedWhere('number', type, (w, column, values) => void w.whereIn(column, (sub) => interfaces(sub, values)), lookups);

/** Addresses assigned to objects of `type` with the given ids (`__n`: all others). */
const assignedIds = (type: string) => assignedWhere('number', type, (w, column, values) => void w.whereIn(column, values as number[]), ['n']);

/**
 * NetBox's `virtual_machine`, `virtual_machine_id` and `vminterface` (by name) filters: they read
 * the virtualization tables, so the virtualization plugin (which depends on ipam) spreads them into
 * the IP address filter set through `extends.filters`.
 */
export function ipAddressVirtualizationFilters(): Record<string, FilterDef> {
  return {
    virtual_machine: onInterfaces('virtualization.vminterface', (sub, names) =>
      sub.select('id').from('virtualization_vminterface').whereIn('virtual_machine_id', (vm) =>
        vm.select('id').from('virtualization_virtualmachine').whereIn('name', names as string[]))),
    virtual_machine_id: numberOnInterfaces('virtualization.vminterface', (sub, ids) =>
      sub.select('id').from('virtualization_vminterface').whereIn('virtual_machine_id', ids as number[])),
    vminterface: onInterfaces('virtualization.vminterface', (sub, names) =>
      sub.select('id').from('virtualization_vminterface').whereIn('name', names as string[]), ['n']),
  };
}

/** Interfaces of the devices (virtual chassis members included, as NetBox's vc_interfaces()). */
const deviceInterfaces = (devices: (sub: Knex.QueryBuilder) => void) => (sub: Knex.QueryBuilder) => {
  sub.select('i.id').from('dcim_interface as i').whereIn('i.device_id', (d) => {
    d.select('m.id').from('dcim_device as m').whereIn('m.id', devices).orWhereIn('m.virtual_chassis_id', (vc) =>
      vc.select('v.id').from('dcim_virtualchassis as v').whereIn('v.master_id', devices));
  });
};

/** NetBox's IPAddress `q`: DNS name, description, or an address starting with the text. */
function search(qb: Knex.QueryBuilder, q: string): void {
  qb.where((w) => {
    w.where('t.dns_name', 'ilike', `%${q}%`).orWhere('t.description', 'ilike', `%${q}%`)
      .orWhereRaw('t.address::text ILIKE ?', [`${q}%`]);
  });
}

/** NetBox's IPAddressFilterSet (the VM-name filters come from the virtualization plugin, see above). */
export const ipAddressFilterSet = defineFilterSet(IPAddress, {
  fields: {
    family: familyFilter('t.address'),
    parent,
    address,
    mask_length: maskLengthFilter('t.address'),
    ...vrfFilters,
    ...presentInVrfFilters(),
    assigned_object_type: 'text',
    assigned_object_id: 'number',
    device: onInterfaces('dcim.interface', (sub, names) =>
      deviceInterfaces((d) => d.select('id').from('dcim_device').whereIn('name', names as string[]))(sub)),
    device_id: numberOnInterfaces('dcim.interface', (sub, ids) =>
      deviceInterfaces((d) => d.select('id').from('dcim_device').whereIn('id', ids as number[]))(sub)),
    interface: onInterfaces('dcim.interface', (sub, names) => sub.select('id').from('dcim_interface').whereIn('name', names as string[]), ['n']),
    interface_id: numberOnInterfaces('dcim.interface', (sub, ids) => sub.select('id').from('dcim_interface').whereIn('id', ids as number[]), ['n']),
    // By id only: no join, so they work before (or without) the virtualization and FHRP tables.
    vminterface_id: assignedIds('virtualization.vminterface'),
    fhrpgroup_id: assignedIds('ipam.fhrpgroup'),
    // NetBox's `service_id`: addresses a service listens on (ipam_service_ipaddresses); unknown ids are a 400.
    service: relation(() => Service, {
      by: false, column: 'id', through: [{ table: 'ipam_service_ipaddresses', select: 'ipaddress_id', column: 'service_id' }],
    }),
    assigned_to_interface: method('boolean', (qb, values) => {
      // coalesce: NOT(NULL IN …) would drop unassigned rows from the `false` side.
      qb.whereRaw(`${values[0] ? '' : 'NOT '}(coalesce(t.assigned_object_type, '') = ANY(?) AND t.assigned_object_id IS NOT NULL)`, [INTERFACE_TYPES]);
    }, []),
    assigned: method('boolean', (qb, values) => {
      if (values[0]) qb.whereNotNull('t.assigned_object_id');
      else qb.whereNull('t.assigned_object_type').whereNull('t.assigned_object_id');
    }, []),
    status: choice(IPAddressStatusChoices),
    role: choice(IPAddressRoleChoices),
    nat_inside: relation(() => IPAddress, { by: false }),
    ...tenancyFilters,
    ...contactFilters(IPAddress.label),
    dns_name: 'text',
    description: 'text',
  },
  search,
});
