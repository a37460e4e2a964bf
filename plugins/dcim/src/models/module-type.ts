/** A kind of module (line card, PSU…) installable in module bays; carries its own component templates. */
import { PrimaryModel, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { ModuleAirflowChoices } from '../choices.js';
import { Manufacturer } from './manufacturer.js';
import { cleanWeight, weightFields } from './weight.js';

export class ModuleType extends PrimaryModel {
  static override tableName = 'dcim_moduletype';
  static override label = 'dcim.moduletype';
  static override verboseName = 'module type';
  static override verboseNamePlural = 'module types';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['manufacturer', 'model'];
  static override uniqueTogether = [
    { fields: ['manufacturer', 'model'], message: 'The fields manufacturer, model must make a unique set.' },
  ];
  static override fields: FieldMap = {
    manufacturer: field.related(() => Manufacturer, { required: true, onDelete: 'protect' }),
    model: field.string({ maxLength: 100, required: true }),
    part_number: field.string({ maxLength: 50, default: '', description: 'Discrete part number (optional)' }),
    airflow: field.choice(ModuleAirflowChoices, { nullable: true, default: null }),
    ...weightFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.model);
  }

  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, _ctx: HookContext) {
    cleanWeight(row);
  }
}
