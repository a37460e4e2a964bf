/**
 * An autonomous system number (NetBox's ASN): 16- or 32-bit, unique, registered with a RIR.
 * Sites point at ASNs through `dcim_site_asns`.
 */
import { PrimaryModel, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { RIR } from './rir.js';

/** NetBox's ASNField bounds (ipam/constants.py BGP_ASN_MIN / BGP_ASN_MAX). */
export const BGP_ASN_MIN = 1;
export const BGP_ASN_MAX = 4294967295;

/** An ASN column: a bigint between 1 and 4294967295. */
export const asnField = (opts: Parameters<typeof field.integer>[0] = {}) => field.integer({ min: BGP_ASN_MIN, max: BGP_ASN_MAX, ...opts });

/** `AS65000`, or `AS4200000000 (64086.59904)` with the asdot form for 32-bit numbers (NetBox's asn_with_asdot). */
export function asnDisplay(asn: number): string {
  return asn > 65535 ? `AS${asn} (${Math.floor(asn / 65536)}.${asn % 65536})` : `AS${asn}`;
}

export class ASN extends PrimaryModel {
  static override tableName = 'ipam_asn';
  static override label = 'ipam.asn';
  static override verboseName = 'ASN';
  static override verboseNamePlural = 'ASNs';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['asn'];
  static override fields: FieldMap = {
    asn: asnField({ required: true, unique: true }),
    rir: field.related(() => RIR, { required: true, onDelete: 'protect' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return asnDisplay(Number(row.asn));
  }
}
