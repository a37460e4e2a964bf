/**
 * A rack type (NetBox's RackType): a manufacturer's rack model. Racks of a type take its physical
 * attributes (form factor, width, units, dimensions, weight) — see rack.ts — and saving a type
 * rewrites the attributes of its racks.
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { RackFormFactorChoices } from '../choices.js';
import { Manufacturer } from './manufacturer.js';
import { RACKTYPE_FIELDS, derivedRackColumns, rackBaseErrors, rackBaseFields } from './rack-base.js';

export class RackType extends PrimaryModel {
  static override tableName = 'dcim_racktype';
  static override label = 'dcim.racktype';
  static override verboseName = 'rack type';
  static override verboseNamePlural = 'rack types';
  static override ordering = ['manufacturer', 'model'];
  static override uniqueTogether = [
    { fields: ['manufacturer', 'model'], message: 'The fields manufacturer, model must make a unique set.' },
    { fields: ['manufacturer', 'slug'], message: 'The fields manufacturer, slug must make a unique set.' },
  ];
  static override fields: FieldMap = {
    manufacturer: field.related(() => Manufacturer, { required: true, onDelete: 'protect' }),
    model: field.string({ maxLength: 100, required: true }),
    slug: field.slug({ unique: true }),
    form_factor: field.choice(RackFormFactorChoices, { required: true }),
    ...rackBaseFields,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.model ?? row.id);
  }

  /** NetBox's RackType.clean(): units for the weight, the outer dimensions and the maximum weight. */
  static override async clean(row: Record<string, unknown>): Promise<void> {
    const error = rackBaseErrors(row);
    if (error) throw ValidationError.nonField(error);
  }

  /** NetBox's RackType.save(): every rack of this type takes its (new) physical attributes. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (!prev) return;
    const changed = RACKTYPE_FIELDS.some((f) => String(prev[f] ?? '') !== String(row[f] ?? ''));
    if (!changed) return;
    const values: Record<string, unknown> = {};
    for (const f of RACKTYPE_FIELDS) values[f] = row[f] ?? null;
    Object.assign(values, derivedRackColumns(values));
    await ctx.trx('dcim_rack').update({ ...values, last_updated: ctx.trx.fn.now() }).where('rack_type_id', row.id as number);
  }
}
