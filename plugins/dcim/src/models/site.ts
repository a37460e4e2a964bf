/**
 * A site (NetBox's Site): a building or campus, the anchor of racks, locations and devices. Sits
 * optionally in a region and a site group (both trees), belongs optionally to a tenant.
 */
import { PrimaryModel, field, FieldValueError, type FieldMap, type FieldSpec, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { SiteStatusChoices } from '../choices.js';
import { isKnownTimeZone } from '../time-zones.js';
import { coordinateField } from './coordinate.js';
import { Region } from './region.js';
import { SiteGroup } from './site-group.js';

/** django-timezone-field's TimeZoneField(blank=True, null=True): an IANA name, blank stored as NULL. */
function timeZoneField(): FieldSpec {
  return {
    ...field.string({ maxLength: 63, nullable: true, default: null }),
    schema: { type: 'string', nullable: true },
    parse(value) {
      if (value === null || value === '') return null;
      if (typeof value !== 'string' || !isKnownTimeZone(value.trim())) throw new FieldValueError(['A valid timezone is required.']);
      return value.trim();
    },
  };
}

export class Site extends PrimaryModel {
  static override tableName = 'dcim_site';
  static override label = 'dcim.site';
  static override verboseName = 'site';
  static override verboseNamePlural = 'sites';
  static override features: ModelFeature[] = ['contacts', 'image_attachments'];
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    slug: field.slug({ unique: true }),
    status: field.choice(SiteStatusChoices, { default: 'active' }),
    // NetBox: SET_NULL — deleting a region or group leaves its sites unassigned.
    region: field.related(() => Region, { nullable: true, default: null, onDelete: 'set_null' }),
    group: field.related(() => SiteGroup, { nullable: true, default: null, onDelete: 'set_null' }),
    // NetBox: PROTECT — a tenant with sites cannot be deleted.
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    facility: field.string({ maxLength: 50, default: '' }),
    time_zone: timeZoneField(),
    physical_address: field.string({ maxLength: 200, default: '' }),
    shipping_address: field.string({ maxLength: 200, default: '' }),
    latitude: coordinateField(8, 90),
    longitude: coordinateField(9, 180),
  };
}
