/**
 * What every device component shares (NetBox's ComponentModel / ModularComponentModel): the
 * device (CASCADE), the optional module on the same device, a name unique per device, a physical
 * label, a description — plus the field kinds components need that core has no factory for
 * (MAC addresses, WWNs, integer choices, colours) and the filters every component list offers.
 */
import {
  FieldValueError, ValidationError, field, method, relation,
  type ChoiceSet, type FieldMap, type FieldSpec, type FilterDef, type HookContext,
} from '@patchbay/core';
import type { Knex } from '@patchbay/core';
import { Device } from '../models/device.js';
import { DeviceType } from '../models/device-type.js';
import { DeviceRole } from '../models/device-role.js';
import { Location } from '../models/location.js';
import { Module } from '../models/module.js';
import { Rack } from '../models/rack.js';
import { VirtualChassis } from '../models/virtual-chassis.js';
import { siteScopeFilters } from '../filters/site-scope.js';

/** device, module, name, label, description — the fields of NetBox's ModularComponentModel. */
export function componentFields(opts: { modular?: boolean } = {}): FieldMap {
  return {
    device: field.related(() => Device, { required: true, onDelete: 'cascade' }),
    ...(opts.modular === false ? {} : { module: field.related(() => Module, { nullable: true, default: null, onDelete: 'cascade' }) }),
    name: field.string({ maxLength: 64, required: true }),
    label: field.string({ maxLength: 64, default: '' }),
    description: field.string({ maxLength: 200, default: '' }),
  };
}

/** NetBox's `__str__` of a component: `name (label)` when labelled. */
export function componentDisplay(row: Record<string, unknown>): string {
  return row.label ? `${row.name} (${row.label})` : String(row.name ?? row.id);
}

/** (device, name) is unique; DRF's UniqueTogetherValidator message, as NetBox's API answers. */
export function uniqueDeviceName(_verboseName: string) {
  return { fields: ['device', 'name'], message: 'The fields device, name must make a unique set.' };
}

/** The checks every modular component shares: its module sits in the same device. */
export async function cleanComponent(row: Record<string, unknown>, ctx: HookContext): Promise<void> {
  if (row.module_id == null) return;
  const module = await ctx.trx(Module.tableName).select('device_id').where('id', row.module_id as number).first();
  if (module && Number(module.device_id) !== Number(row.device_id))
    throw ValidationError.field('module', `The selected module does not belong to the same device.`);
}

/** Throws the first field's errors together, as NetBox's clean() raises one ValidationError. */
export function raiseIf(errors: Record<string, string[]>): void {
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** A row of the device a component belongs to (site, virtual chassis, type…). */
export async function deviceOf(trx: Knex, id: unknown): Promise<Record<string, unknown> | undefined> {
  if (id == null) return undefined;
  return trx(Device.tableName).where('id', id as number).first();
}

// --- field kinds core has no factory for -------------------------------------------------------

const HEX = /^[0-9a-f]+$/i;

/** Normalises a MAC (EUI-48, `octets` 6) or WWN (EUI-64, `octets` 8) to upper-case colon form, or null. */
export function normaliseEui(value: string, octets: number): string | null {
  const hex = value.trim().replace(/[:\-.\s]/g, '');
  if (hex.length !== octets * 2 || !HEX.test(hex)) return null;
  // Separators must be consistent with a real notation: xx:xx…, xx-xx…, xxxx.xxxx.xxxx or none.
  const v = value.trim();
  const ok = /^[0-9a-f]+$/i.test(v)
    || new RegExp(`^[0-9a-f]{2}([:-])[0-9a-f]{2}(\\1[0-9a-f]{2}){${octets - 2}}$`, 'i').test(v)
    || (octets === 6 && /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(v));
  if (!ok) return null;
  return hex.toUpperCase().match(/../g)!.join(':');
}

/** A Postgres `macaddr` (`macaddr8` for WWNs), written in any common notation, rendered upper-case as NetBox does. */
export function euiField(octets: 6 | 8, opts: Partial<FieldSpec> = {}): FieldSpec {
  const what = octets === 6 ? 'MAC address' : 'WWN';
  return {
    ...field.string({ maxLength: undefined, ...opts }),
    parse(value) {
      if (value === null || value === '') {
        if (!opts.nullable) throw new FieldValueError(['This field may not be null.']);
        return null;
      }
      const v = typeof value === 'string' ? normaliseEui(value, octets) : null;
      if (!v) throw new FieldValueError([`Invalid ${what} format: ${String(value)}`]);
      return v;
    },
    render: (v) => (v === null || v === undefined ? null : String(v).toUpperCase()),
    schema: { type: 'string', nullable: opts.nullable ?? false },
  };
}

export { integerChoiceField } from '../models/integer-choice-field.js';

/** NetBox's ColorField: six hex digits, blank allowed. */
export const colorField = (): FieldSpec => field.string({ maxLength: 6, default: '', pattern: /^[0-9a-f]{6}$/i });

// --- filters -----------------------------------------------------------------------------------

const viaDevice = (column: string) => [{ table: 'dcim_device', column }];

/**
 * NetBox's `device_status` (MultiValueCharFilter on `device__status`): exact values, the text
 * lookups on the device's status (`__ic`, `__isw`, `__ie`, … and their `__n…` negations) and
 * `__empty` — a device always has a status, so `true` matches nothing.
 */
const deviceStatusFilter: FilterDef = method('text', (qb, values, lookup, negate) => {
  if (lookup === 'empty') {
    const build = function (this: Knex.QueryBuilder) { this.select('id').from('dcim_device').where('status', '<>', ''); };
    if (values[0]) qb.whereNotIn('t.device_id', build);
    else qb.whereIn('t.device_id', build);
    return;
  }
  const build = function (this: Knex.QueryBuilder) {
    this.select('id').from('dcim_device').where((w) => {
      for (const raw of values) {
        const v = likeEscape(String(raw));
        switch (lookup) {
          case 'ic': w.orWhere('status', 'ilike', `%${v}%`); break;
          case 'isw': w.orWhere('status', 'ilike', `${v}%`); break;
          case 'iew': w.orWhere('status', 'ilike', `%${v}`); break;
          case 'ie': w.orWhereRaw('lower(status) = lower(?)', [String(raw)]); break;
          default: w.orWhere('status', String(raw));
        }
      }
    });
  };
  if (negate) qb.whereNotIn('t.device_id', build);
  else qb.whereIn('t.device_id', build);
}, ['n', 'ic', 'nic', 'isw', 'nisw', 'iew', 'niew', 'ie', 'nie', 'empty']);

/**
 * NetBox's DeviceComponentFilterSet: the component's own name/label/description, its device
 * (id or name) and, through the device, its type, role, status, site scope, location, rack and
 * virtual chassis; `module_id` for modular components.
 */
export function componentFilters(opts: { modular?: boolean } = {}): Record<string, FilterDef> {
  return {
    name: 'text',
    label: 'text',
    description: 'text',
    device: relation(() => Device, { by: 'name' }),
    device_type: relation(() => DeviceType, { by: 'model', column: 'device_id', through: viaDevice('device_type_id') }),
    device_role: relation(() => DeviceRole, { by: 'slug', column: 'device_id', through: viaDevice('role_id') }),
    device_status: deviceStatusFilter,
    ...siteScopeFilters('device_id', viaDevice('site_id')),
    location: relation(() => Location, { by: 'slug', tree: true, column: 'device_id', through: viaDevice('location_id') }),
    rack: relation(() => Rack, { by: 'name', column: 'device_id', through: viaDevice('rack_id') }),
    virtual_chassis: relation(() => VirtualChassis, { by: 'name', column: 'device_id', through: viaDevice('virtual_chassis_id') }),
    ...(opts.modular === false ? {} : { module: relation(() => Module, { by: false }) }),
  };
}

/** `q`: name, label and description contain the text (NetBox's component search). */
export const componentSearch = ['name', 'label', 'description'];

/** The filters every cabled component offers (NetBox's CabledObjectFilterSet, see cabling/cabled-fields.ts). */
export { cabledObjectFilters as cabledFilters } from '../cabling/cabled-fields.js';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The text lookups of NetBox's MultiValueMACAddressFilter. */
export const MAC_LOOKUPS = ['n', 'ic', 'nic', 'isw', 'nisw', 'iew', 'niew', 'ie', 'nie'];

/** Adds `expr` (upper-case text of a MAC/WWN) matching any of `values` with a text lookup. */
export function whereEui(w: Knex.QueryBuilder, expr: string, values: unknown[], lookup: string, octets: 6 | 8): void {
  for (const raw of values) {
    const v = String(raw).toUpperCase();
    switch (lookup) {
      case 'ic': w.orWhereRaw(`${expr} LIKE ?`, [`%${likeEscape(v)}%`]); break;
      case 'isw': w.orWhereRaw(`${expr} LIKE ?`, [`${likeEscape(v)}%`]); break;
      case 'iew': w.orWhereRaw(`${expr} LIKE ?`, [`%${likeEscape(v)}`]); break;
      default: w.orWhereRaw(`${expr} = ?`, [normaliseEui(v, octets) ?? v]);
    }
  }
}

/** A MAC (or WWN) column filtered with NetBox's text lookups, whatever notation the value uses. */
export function euiFilter(column: string, octets: 6 | 8 = 6): FilterDef {
  return method('text', (qb, values, lookup, negate) => {
    const build = (w: Knex.QueryBuilder) => whereEui(w, `upper(t.${column}::text)`, values, lookup, octets);
    if (negate) qb.where((w) => w.whereNot(build).orWhereNull(`t.${column}`));
    else qb.where(build);
  }, MAC_LOOKUPS);
}

/** A filter on the rows' `column` through a subquery built from the given values (ids or names). */
export function subqueryFilter(
  valueKind: 'text' | 'number', column: string, sub: (db: Knex.QueryBuilder, values: unknown[]) => Knex.QueryBuilder, lookups = ['n'],
): FilterDef {
  return method(valueKind, (qb, values, _lookup, negate) => {
    const build = function (this: Knex.QueryBuilder) { sub(this, values); };
    if (negate) qb.whereNotIn(`t.${column}`, build);
    else qb.whereIn(`t.${column}`, build);
  }, lookups);
}
