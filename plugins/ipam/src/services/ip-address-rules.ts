/**
 * NetBox's IPAddress.clean(): no /0; no network ID or IPv4 broadcast address on an interface
 * (except /31 /32 /127 /128); no duplicate where unique IP space is enforced (unless every copy
 * has an anycast/VIP/FHRP role); not inside a range marked populated; SLAAC only for IPv6; a DNS
 * name made of NetBox's allowed characters.
 */
import { ValidationError, type HookContext } from '@patchbay/core';
import { familyOf } from '../models/ip-fields.js';
import { hostOf, isBroadcast, isNetworkId, maskOf, withMask } from './ip-math.js';
import { rangeName } from './ip-range-rules.js';
import { lockSpace, uniqueSpace, whereVrf } from './unique-space.js';

/** NetBox's DNSValidator. */
export const DNS_NAME = /^([0-9A-Za-z_-]+|\*)(\.[0-9A-Za-z_-]+)*\.?$/;
const DNS_MESSAGE = 'Only alphanumeric characters, asterisks, hyphens, periods, and underscores are allowed in DNS names';

/** Roles whose addresses may share an IP (NetBox's IPADDRESS_ROLES_NONUNIQUE). */
export const IPADDRESS_ROLES_NONUNIQUE = ['anycast', 'vip', 'vrrp', 'hsrp', 'glbp', 'carp'];

/** No network ID (or IPv4 broadcast) on an interface, except where every address is usable. */
export function checkAssignable(address: string): void {
  const ip = hostOf(address);
  const len = maskOf(address);
  const v6 = familyOf(address) === 6;
  const bits = v6 ? 128 : 32;
  if (isNetworkId(address, bits) && !(v6 ? [127, 128] : [31, 32]).includes(len))
    throw ValidationError.nonField(`${ip} is a network ID, which may not be assigned to an interface.`);
  if (!v6 && isBroadcast(address, bits) && ![31, 32].includes(len))
    throw ValidationError.nonField(`${ip} is a broadcast address, which may not be assigned to an interface.`);
}

export async function cleanIPAddress(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
  const address = row.address as string | undefined;
  if (typeof row.dns_name === 'string' && row.dns_name !== '' && !DNS_NAME.test(row.dns_name))
    throw new ValidationError({ dns_name: [DNS_MESSAGE] });
  if (address) {
    if (maskOf(address) === 0) throw new ValidationError({ address: ['Cannot create IP address with /0 mask.'] });
    if (row.assigned_object_id != null) checkAssignable(address);

    const space = await uniqueSpace(row.vrf_id, ctx);
    if (space.enforce) {
      await lockSpace(ctx.trx, 'ipaddress', row.vrf_id);
      const qb = whereVrf(ctx.trx('ipam_ipaddress').select('address', 'role'), 'vrf_id', row.vrf_id)
        .whereRaw('host(address) = host(?::inet)', [address]).orderBy('address').orderBy('id');
      if (prev) qb.whereNot('id', prev.id as number);
      const dups: { address: string; role: string | null }[] = await qb;
      const nonUnique = (role: unknown) => IPADDRESS_ROLES_NONUNIQUE.includes(role as string);
      if (dups.length && (!nonUnique(row.role) || dups.some((d) => !nonUnique(d.role))))
        throw new ValidationError({ address: [`Duplicate IP address found in ${space.table}: ${withMask(dups[0]!.address)}`] });
    }

    const range = await whereVrf(ctx.trx('ipam_iprange').select('start_address', 'end_address'), 'vrf_id', row.vrf_id)
      .where('mark_populated', true)
      .whereRaw('host(start_address)::inet <= host(?::inet)::inet AND host(end_address)::inet >= host(?::inet)::inet', [address, address]).first();
    if (range) throw new ValidationError({ address: [`Cannot create IP address ${withMask(address)} inside range ${rangeName(range)}.`] });
  }
  if (row.status === 'slaac' && familyOf(address) !== 6)
    throw new ValidationError({ status: ['Only IPv6 addresses can be assigned SLAAC status'] });
}
