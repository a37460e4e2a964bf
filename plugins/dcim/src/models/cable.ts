/**
 * A cable (NetBox's Cable): a physical connection between the objects on its A end and those on
 * its B end. The ends live in dcim_cabletermination; the cable resource's write hooks validate
 * and store them (see cabling/cable-writes.ts).
 */
import { FieldValueError, PrimaryModel, ValidationError, field, type FieldErrors, type FieldMap, type FieldSpec, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { CableLengthUnitChoices, CableTypeChoices, LinkStatusChoices } from '../choices.js';
import { colorField } from './color-field.js';
import { decimalField } from '../services/device-fields.js';
import { cableEndLoader } from '../cabling/render.js';
import { cableRemoved, cableSaved, terminationSchema, terminationWriteSchema } from '../cabling/cable-writes.js';
import { cleanNewCables, saveNewCables } from '../cabling/cable-batch.js';

/** NetBox 4.2 serializes a cable's `type` as the bare value (no `{value, label}`), blank as null. */
function cableTypeField(): FieldSpec {
  const base = field.choice(CableTypeChoices, { nullable: true, default: null });
  return {
    ...base,
    render: (v) => (v === undefined || v === '' ? null : v),
    schema: { type: 'string', enum: [...CableTypeChoices.values(), ''], nullable: true },
  };
}

/** The length: max_digits 8, 2 places (±1,000,000 exclusive in the reference). */
function lengthField(): FieldSpec {
  const base = decimalField({ maxDigits: 8, places: 2, nullable: true, default: null });
  return {
    ...base,
    parse(value) {
      const n = base.parse!(value);
      if (n !== null && Math.abs(Number(n)) >= 1_000_000) throw new FieldValueError(['Ensure that there are no more than 8 digits in total.']);
      return n;
    },
  };
}

export class Cable extends PrimaryModel {
  static override tableName = 'dcim_cable';
  static override label = 'dcim.cable';
  static override verboseName = 'cable';
  static override verboseNamePlural = 'cables';
  static override ordering = ['id'];
  static override fields: FieldMap = {
    type: cableTypeField(),
    a_terminations: field.loaded(cableEndLoader('A'), { fallback: [], schema: terminationSchema, writeSchema: terminationWriteSchema }),
    b_terminations: field.loaded(cableEndLoader('B'), { fallback: [], schema: terminationSchema, writeSchema: terminationWriteSchema }),
    status: field.choice(LinkStatusChoices, { default: 'connected' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    label: field.string({ maxLength: 100, default: '' }),
    color: colorField({ default: '' }),
    length: lengthField(),
    length_unit: field.choice(CableLengthUnitChoices, { nullable: true, default: null }),
  };

  /** NetBox's Cable.__str__: the label, or `#<pk>`. */
  static override displayOf(row: Record<string, unknown>): string {
    return row.label ? String(row.label) : `#${row.id}`;
  }

  /** NetBox's Cable.clean(): a length needs a unit (the terminations are checked by the write hooks). */
  static override async clean(row: Record<string, unknown>): Promise<void> {
    if (row.length != null && !row.length_unit) throw ValidationError.nonField('Must specify a unit when setting a cable length');
  }

  /** New cables (one or a bulk POST): their ends looked up and checked for the whole batch at once. */
  static override async cleanMany(rows: Record<string, unknown>[], ctx: HookContext): Promise<(FieldErrors | undefined)[]> {
    return cleanNewCables(rows, ctx);
  }

  /** New cables' terminations stored, logged and their paths computed for the whole batch at once. */
  static override async afterSaveMany(rows: Record<string, unknown>[], ctx: HookContext, values: Record<string, unknown>[]): Promise<(FieldErrors | undefined)[]> {
    return saveNewCables(rows, ctx, values);
  }

  /** On update: stores the terminations the write hooks validated and recomputes the affected paths. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await cableSaved(row, prev, ctx);
  }

  /** The cable's ends go with it: their objects lose the cable and the paths through it are recomputed. */
  static override async beforeRemove(row: Record<string, unknown>, ctx: HookContext): Promise<void> {
    await cableRemoved(ctx.trx, row, ctx.request.registry);
  }
}
