/**
 * A location (NetBox's Location): a tree of rooms, floors or buildings inside one site. Racks and
 * devices may sit in a location; a location's parent must be in the same site, and moving a
 * location to another site moves its descendants — and the racks and devices in them — along.
 */
import { NestedGroupModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { LocationStatusChoices } from '../choices.js';
import { Site } from './site.js';
import { rootUniqueness } from './tree-uniqueness.js';

/** Tables whose rows sit in a location and carry its site (NetBox's handle_location_site_change). */
const FOLLOWERS = ['dcim_rack', 'dcim_device', 'dcim_powerpanel'];

export class Location extends NestedGroupModel {
  static override tableName = 'dcim_location';
  static override label = 'dcim.location';
  static override verboseName = 'location';
  static override verboseNamePlural = 'locations';
  static override features: ModelFeature[] = ['contacts', 'image_attachments'];
  static override uniqueTogether = [
    { fields: ['site', 'parent', 'name'], message: 'Location with this Site, Parent and Name already exists.' },
    { fields: ['site', 'parent', 'slug'], message: 'Location with this Site, Parent and Slug already exists.' },
  ];
  static override fields: FieldMap = {
    // NetBox: CASCADE — deleting a site deletes its locations.
    site: field.related(() => Site, { required: true, onDelete: 'cascade' }),
    status: field.choice(LocationStatusChoices, { default: 'active' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    facility: field.string({ maxLength: 50, default: '' }),
  };

  /** The tree's checks, the root-level constraints per site, and NetBox's same-site rule for the parent. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    await rootUniqueness(this, row, prev, ctx, 'location', 'site_id', {
      name: 'A location with this name already exists within the specified site.',
      slug: 'A location with this slug already exists within the specified site.',
    });
    if (row.parent_id == null) return;
    const parent = await ctx.trx(this.tableName).select('name', 'site_id').where('id', row.parent_id as number).first();
    if (parent && Number(parent.site_id) !== Number(row.site_id)) {
      const site = await ctx.trx(Site.tableName).select('name').where('id', row.site_id as number).first();
      throw ValidationError.nonField(`Parent location (${parent.name}) must belong to the same site (${site?.name ?? row.site_id}).`);
    }
  }

  /** Keeps the path, then carries a changed site down to descendants and what sits in them. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.afterSave(row, prev, ctx);
    if (!prev || Number(prev.site_id) === Number(row.site_id)) return;
    const subtree = ctx.trx(this.tableName).select('id').whereRaw('_path @> ARRAY[?]::bigint[]', [row.id as number]);
    await ctx.trx(this.tableName).update({ site_id: row.site_id }).whereRaw('_path @> ARRAY[?]::bigint[]', [row.id as number]).whereNot('id', row.id as number);
    // Power panels belong to a later issue: only the tables that exist are followed.
    const present: { t: string }[] = (await ctx.trx.raw('SELECT t FROM unnest(?::text[]) AS t WHERE to_regclass(t) IS NOT NULL', [FOLLOWERS])).rows;
    for (const { t } of present) await ctx.trx(t).update({ site_id: row.site_id }).whereIn('location_id', subtree.clone());
  }
}
