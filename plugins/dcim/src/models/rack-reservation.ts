/**
 * A rack reservation (NetBox's RackReservation): units of a rack set aside for a user (and
 * optionally a tenant). Units must exist in the rack and not be reserved twice.
 */
import { PrimaryModel, User, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { Rack } from './rack.js';

export class RackReservation extends PrimaryModel {
  static override tableName = 'dcim_rackreservation';
  static override label = 'dcim.rackreservation';
  static override verboseName = 'rack reservation';
  static override verboseNamePlural = 'rack reservations';
  static override ordering = ['created'];
  static override fields: FieldMap = {
    rack: field.related(() => Rack, { required: true, onDelete: 'cascade' }),
    units: field.intArray({ min: 0, max: 32767, required: true }),
    user: field.related(() => User, { required: true, onDelete: 'protect' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    description: field.string({ maxLength: 200, required: true }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return `Reservation for rack ${row.rack_id}`;
  }

  /** NetBox's RackReservation.clean(): units exist in the rack and are not reserved by another reservation of it. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    const units = (row.units as number[] | null) ?? [];
    if (!units.length) throw new ValidationError({ units: ['This field cannot be blank.'] });
    const rack = await ctx.trx('dcim_rack').select('u_height', 'starting_unit').where('id', row.rack_id as number).first();
    if (!rack) return;
    const first = Number(rack.starting_unit);
    const last = first + Number(rack.u_height) - 1;
    const invalid = units.filter((u) => u < first || u > last);
    if (invalid.length) throw new ValidationError({ units: [`Invalid unit(s) for ${rack.u_height}U rack: ${invalid.join(', ')}`] });
    const others = ctx.trx('dcim_rackreservation').select('units').where('rack_id', row.rack_id as number);
    if (row.id != null) others.whereNot('id', row.id as number);
    const reserved = new Set<number>();
    for (const r of (await others) as { units: number[] }[]) for (const u of r.units) reserved.add(Number(u));
    const conflicting = units.filter((u) => reserved.has(u));
    if (conflicting.length) throw new ValidationError({ units: [`The following units have already been reserved: ${conflicting.join(', ')}`] });
  }
}
