/**
 * One end of a cable on one object (NetBox's CableTermination): the cable, its end (A/B) and the
 * terminating object (a device component, power feed or circuit termination). Written by the
 * cable's own writes, and directly through `/api/dcim/cable-terminations/` as NetBox allows.
 */
import { ChangeLoggedModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { CableEndChoices } from '../choices.js';
import { CABLE_TERMINATION_MODELS } from '../cabling/constants.js';
import { terminationRemoved, terminationSaved } from '../cabling/termination-writes.js';
import { Cable } from './cable.js';

export class CableTermination extends ChangeLoggedModel {
  static override tableName = 'dcim_cabletermination';
  static override label = 'dcim.cabletermination';
  static override verboseName = 'cable termination';
  static override verboseNamePlural = 'cable terminations';
  static override ordering = ['cable_id', 'cable_end', 'id'];
  static override uniqueTogether = [
    { fields: ['termination_type', 'termination_id'], message: 'The fields termination_type, termination_id must make a unique set.' },
  ];
  static override fields: FieldMap = {
    cable: field.related(() => Cable, { required: true, onDelete: 'cascade', render: (v) => Number(v), schema: { type: 'integer' } }),
    // NetBox shows the end as a bare string ("A"), not as a {value, label} choice.
    cable_end: { ...field.choice(CableEndChoices, { required: true }), render: (v: unknown) => v ?? null, schema: { type: 'string', enum: ['A', 'B'] } },
    termination_type: field.genericType({ required: true, allowedTypes: () => CABLE_TERMINATION_MODELS }),
    termination_id: field.genericId({ required: true, max: 9223372036854775807 }),
    // Deleted with the terminating object by the dcim_drop_cable_termination triggers.
    termination: field.generic('termination_type', 'termination_id', { allowedTypes: () => CABLE_TERMINATION_MODELS, onDelete: 'cascade' }),
  };

  /** NetBox's `Cable {cable} to {termination}`. */
  static override displayOf(row: Record<string, unknown>): string {
    return `Cable #${row.cable_id} to ${row.termination_type} ${row.termination_id}`;
  }

  /** An end is A or B (the choice parse already refuses others; kept for writes made in code). */
  static override async clean(row: Record<string, unknown>): Promise<void> {
    if (row.cable_end !== 'A' && row.cable_end !== 'B') throw ValidationError.field('cable_end', `"${row.cable_end}" is not a valid choice.`);
  }

  /** NetBox's CableTermination.save(): caches the object's device/rack/site and sets its cable. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await terminationSaved(row, prev, ctx);
  }

  /** NetBox's CableTermination.delete(): the object loses its cable. */
  static override async beforeRemove(row: Record<string, unknown>, ctx: HookContext): Promise<void> {
    await terminationRemoved(row, ctx);
  }
}
