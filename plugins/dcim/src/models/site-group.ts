/** A site group (NetBox's SiteGroup): an arbitrary tree of sites — corporate vs customer, offices vs data centres. */
import { NestedGroupModel, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { rootUniqueness } from './tree-uniqueness.js';

export class SiteGroup extends NestedGroupModel {
  static override tableName = 'dcim_sitegroup';
  static override label = 'dcim.sitegroup';
  static override verboseName = 'site group';
  static override verboseNamePlural = 'site groups';
  static override features: ModelFeature[] = ['contacts'];
  /** NetBox's constraints: name and slug unique among siblings (roots: see `clean`). */
  static override uniqueTogether = [
    { fields: ['parent', 'name'], message: 'Site group with this Parent and Name already exists.' },
    { fields: ['parent', 'slug'], message: 'Site group with this Parent and Slug already exists.' },
  ];
  static override fields: FieldMap = {};

  /** The tree's own checks, then NetBox's conditional constraints on top-level site groups. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    await rootUniqueness(this, row, prev, ctx, 'site group');
  }
}
