/** A region (NetBox's Region): a geographic tree of sites — countries, states, cities… */
import { NestedGroupModel, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { rootUniqueness } from './tree-uniqueness.js';

export class Region extends NestedGroupModel {
  static override tableName = 'dcim_region';
  static override label = 'dcim.region';
  static override verboseName = 'region';
  static override verboseNamePlural = 'regions';
  static override features: ModelFeature[] = ['contacts'];
  /** NetBox's constraints: name and slug unique among siblings (roots: see `clean`). */
  static override uniqueTogether = [
    { fields: ['parent', 'name'], message: 'Region with this Parent and Name already exists.' },
    { fields: ['parent', 'slug'], message: 'Region with this Parent and Slug already exists.' },
  ];
  static override fields: FieldMap = {};

  /** The tree's own checks, then NetBox's conditional constraints on top-level regions. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    await rootUniqueness(this, row, prev, ctx, 'region');
  }
}
