/**
 * A power panel (NetBox's PowerPanel): a distribution point for electrical power in a site (e.g. a
 * data-centre RPP), optionally in one of its locations. Power feeds hang off it.
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Location } from './location.js';
import { Site } from './site.js';

export class PowerPanel extends PrimaryModel {
  static override tableName = 'dcim_powerpanel';
  static override label = 'dcim.powerpanel';
  static override verboseName = 'power panel';
  static override verboseNamePlural = 'power panels';
  static override features: ModelFeature[] = ['contacts', 'image_attachments'];
  static override ordering = ['site', 'name'];
  static override uniqueTogether = [
    { fields: ['site', 'name'], message: 'The fields site, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    // NetBox: PROTECT for both.
    site: field.related(() => Site, { required: true, onDelete: 'protect' }),
    location: field.related(() => Location, { nullable: true, default: null, onDelete: 'protect' }),
    name: field.string({ maxLength: 100, required: true }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /** NetBox's PowerPanel.clean(): the location belongs to the panel's site. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (row.location_id == null) return;
    const location = await ctx.trx('dcim_location as l').join('dcim_site as s', 's.id', 'l.site_id')
      .select('l.name', 'l.site_id', 's.name as site_name').where('l.id', row.location_id as number).first();
    if (!location || Number(location.site_id) === Number(row.site_id)) return;
    const site = await ctx.trx('dcim_site').select('name').where('id', row.site_id as number).first();
    throw ValidationError.nonField(`Location ${location.name} (${location.site_name}) is in a different site than ${site?.name ?? row.site_id}`);
  }
}
