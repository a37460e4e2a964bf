/** A range of ASNs a RIR hands out (NetBox's ASNRange); `available-asns` allocates from it. */
import { OrganizationalModel, ValidationError, field, type FieldMap } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { asnField } from './asn.js';
import { RIR } from './rir.js';

export class ASNRange extends OrganizationalModel {
  static override tableName = 'ipam_asnrange';
  static override label = 'ipam.asnrange';
  static override verboseName = 'ASN range';
  static override verboseNamePlural = 'ASN ranges';
  static override fields: FieldMap = {
    rir: field.related(() => RIR, { required: true, onDelete: 'protect' }),
    start: asnField({ required: true }),
    end: asnField({ required: true }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return `${row.name} (${Number(row.start)}-${Number(row.end)})`;
  }

  /** NetBox's ASNRange.clean(). */
  static override async clean(row: Record<string, unknown>): Promise<void> {
    const start = Number(row.start);
    const end = Number(row.end);
    if (end <= start)
      throw new ValidationError({ non_field_errors: [`Starting ASN (${start}) must be lower than ending ASN (${end}).`] });
  }
}
