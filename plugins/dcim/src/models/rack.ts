/**
 * A rack (NetBox's Rack): a frame or cabinet in a site, optionally in one of its locations, with
 * numbered units that devices occupy. A rack of a rack type takes the type's physical attributes.
 */
import {
  PrimaryModel, ValidationError, field, updateObjects,
  type FieldMap, type FieldSpec, type HookContext, type ModelFeature,
} from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { RackAirflowChoices, RackFormFactorChoices, RackStatusChoices } from '../choices.js';
import { mountedDevices } from '../services/rack-space.js';
import { Location } from './location.js';
import { RackRole } from './rack-role.js';
import { RackType } from './rack-type.js';
import { rackBaseFields } from './rack-base.js';
import { Site } from './site.js';

/** facility_id: optional and unique within a location, so a blank one is stored as null (never collides). */
function facilityIdField(): FieldSpec {
  const base = field.string({ maxLength: 50, nullable: true, default: null, description: 'Locally-assigned identifier' });
  return { ...base, parse: (value) => (value === '' ? null : base.parse!(value)) };
}

/** Decimal positions as NetBox prints them ("41.0"). */
const decimal1 = (n: number) => n.toFixed(1);

export class Rack extends PrimaryModel {
  static override tableName = 'dcim_rack';
  static override label = 'dcim.rack';
  static override verboseName = 'rack';
  static override verboseNamePlural = 'racks';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['site', 'location', 'name'];
  static override uniqueTogether = [
    { fields: ['location', 'name'], message: 'The fields location, name must make a unique set.' },
    { fields: ['location', 'facility_id'], message: 'The fields location, facility_id must make a unique set.' },
  ];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    facility_id: facilityIdField(),
    site: field.related(() => Site, { required: true, onDelete: 'protect' }),
    location: field.related(() => Location, { nullable: true, default: null, onDelete: 'set_null' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(RackStatusChoices, { default: 'active' }),
    role: field.related(() => RackRole, { nullable: true, default: null, onDelete: 'protect', description: 'Functional role' }),
    serial: field.string({ maxLength: 50, default: '' }),
    asset_tag: field.string({ maxLength: 50, nullable: true, unique: true, default: null, description: 'A unique tag used to identify this rack' }),
    rack_type: field.related(() => RackType, { nullable: true, default: null, onDelete: 'protect' }),
    form_factor: field.choice(RackFormFactorChoices, { nullable: true, default: null }),
    ...rackBaseFields,
    airflow: field.choice(RackAirflowChoices, { nullable: true, default: null }),
  };

  /** NetBox: "R1 (F-01)" when the rack has a facility id. */
  static override displayOf(row: Record<string, unknown>): string {
    return row.facility_id ? `${row.name} (${row.facility_id})` : String(row.name ?? row.id);
  }

  /**
   * NetBox's Rack.clean(): the location belongs to the rack's site; units for weight, outer
   * dimensions and maximum weight; an existing rack stays tall enough, and its numbering low
   * enough, for the devices mounted in it.
   */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    const all = (message: string) => ValidationError.nonField(message);
    const present = (v: unknown) => v !== null && v !== undefined && Number(v) !== 0;
    if (present(row.weight) && !row.weight_unit) throw all('Must specify a unit when setting a weight');
    if (row.location_id != null) {
      const location = await ctx.trx('dcim_location').select('site_id').where('id', row.location_id as number).first();
      if (location && Number(location.site_id) !== Number(row.site_id)) {
        const site = await ctx.trx('dcim_site').select('name').where('id', row.site_id as number).first();
        throw all(`Assigned location must belong to parent site (${site?.name ?? row.site_id}).`);
      }
    }
    if ((present(row.outer_width) || present(row.outer_depth)) && !row.outer_unit) throw all('Must specify a unit when setting an outer dimension');
    if (present(row.max_weight) && !row.weight_unit) throw all('Must specify a unit when setting a maximum weight');
    if (!prev) return;

    const devices = await mountedDevices(ctx.trx, Number(prev.id));
    if (!devices.length) return;
    const height = Number(row.u_height);
    const start = Number(row.starting_unit);
    const top = Math.max(...devices.map((d) => d.position + d.u_height));
    const minHeight = top - start;
    if (height < minHeight)
      throw new ValidationError({
        [row.rack_type_id != null ? 'rack_type' : 'u_height']: [`Rack must be at least ${decimal1(minHeight)}U tall to house currently installed devices.`],
      });
    const lowest = Math.min(...devices.map((d) => d.position));
    if (start > lowest)
      throw new ValidationError({
        [row.rack_type_id != null ? 'rack_type' : 'starting_unit']: [
          `Rack unit numbering must begin at ${decimal1(lowest)} or less to house currently installed devices.`,
        ],
      });
  }

  /**
   * NetBox moves a rack's devices with it (dcim.signals.handle_rack_site_change). Here they move
   * through the devices endpoint's update — each with its validation, change record and event —
   * so a site or location change never leaves devices behind nor moves them unrecorded.
   */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (!prev) return;
    if (String(prev.site_id) === String(row.site_id) && String(prev.location_id ?? '') === String(row.location_id ?? '')) return;
    const devices = ctx.request.registry.resourceFor('dcim.device');
    if (!devices) return;
    const ids: { id: unknown }[] = await ctx.trx('dcim_device').select('id').where('rack_id', row.id as number).orderBy('id');
    if (!ids.length) return;
    const body = { site: Number(row.site_id), location: row.location_id == null ? null : Number(row.location_id) };
    await updateObjects(ctx.request, devices, ids.map((d) => ({ id: Number(d.id), body })), true, { trx: ctx.trx });
  }
}
