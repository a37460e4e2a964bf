/**
 * A power feed (NetBox's PowerFeed): an electrical circuit delivered from a power panel, optionally
 * to a rack of the panel's site, cabled to a device's power port.
 */
import { FieldValueError, PrimaryModel, ValidationError, field, type FieldMap, type FieldSpec, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { PowerFeedPhaseChoices, PowerFeedStatusChoices, PowerFeedSupplyChoices, PowerFeedTypeChoices } from '../choices.js';
import { PowerPanel } from './power-panel.js';
import { Rack } from './rack.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';
import { pathEndpointFields } from '../cabling/paths/fields.js';

/** NetBox's voltage: a SmallIntegerField with ExclusionValidator([0]). */
function voltageField(): FieldSpec {
  const base = field.integer({ min: -32768, max: 32767, default: 120 });
  return {
    ...base,
    parse(value) {
      const n = base.parse!(value);
      if (n === 0) throw new FieldValueError(['This value may not be 0.']);
      return n;
    },
  };
}

/** NetBox's PowerFeed.save(): the available power, cached (VA), × √3 (NetBox's 1.732) for three-phase. */
export function availablePower(row: Record<string, unknown>): number {
  const kva = Math.abs(Number(row.voltage)) * Number(row.amperage) * (Number(row.max_utilization) / 100);
  // Python's round() rounds halves to even.
  const raw = row.phase === 'three-phase' ? kva * 1.732 : kva;
  const floor = Math.floor(raw);
  const diff = raw - floor;
  if (Math.abs(diff - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(raw);
}

export class PowerFeed extends PrimaryModel {
  static override tableName = 'dcim_powerfeed';
  static override label = 'dcim.powerfeed';
  static override verboseName = 'power feed';
  static override verboseNamePlural = 'power feeds';
  static override ordering = ['power_panel', 'name'];
  static override uniqueTogether = [
    { fields: ['power_panel', 'name'], message: 'The fields power_panel, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    // NetBox: PROTECT — a panel or rack with feeds cannot be deleted.
    power_panel: field.related(() => PowerPanel, { required: true, onDelete: 'protect' }),
    rack: field.related(() => Rack, { nullable: true, default: null, onDelete: 'protect' }),
    name: field.string({ maxLength: 100, required: true }),
    status: field.choice(PowerFeedStatusChoices, { default: 'active' }),
    type: field.choice(PowerFeedTypeChoices, { default: 'primary' }),
    supply: field.choice(PowerFeedSupplyChoices, { default: 'ac' }),
    phase: field.choice(PowerFeedPhaseChoices, { default: 'single-phase' }),
    voltage: voltageField(),
    amperage: field.integer({ min: 1, max: 32767, default: 20 }),
    max_utilization: field.integer({ min: 1, max: 100, default: 80, description: 'Maximum permissible draw (percentage)' }),
    // Not editable and not shown by NetBox's API; written by the resource hook, filterable.
    available_power: field.integer({ readOnly: true, default: 0 }),
    mark_connected: field.boolean({ default: false }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    ...cableFields(),
    ...pathEndpointFields,
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /** NetBox's PowerFeed.clean(): the rack is in the panel's site; AC voltage is not negative. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    cleanCabledObject(row);
    if (row.rack_id != null) {
      const rack = await ctx.trx('dcim_rack as r').join('dcim_site as s', 's.id', 'r.site_id')
        .select('r.name', 'r.facility_id', 'r.site_id', 's.name as site_name').where('r.id', row.rack_id as number).first();
      const panel = await ctx.trx('dcim_powerpanel as p').join('dcim_site as s', 's.id', 'p.site_id')
        .select('p.name', 'p.site_id', 's.name as site_name').where('p.id', row.power_panel_id as number).first();
      if (rack && panel && Number(rack.site_id) !== Number(panel.site_id))
        throw ValidationError.nonField(`Rack ${Rack.displayOf(rack)} (${rack.site_name}) and power panel ${panel.name} (${panel.site_name}) are in different sites.`);
    }
    if (Number(row.voltage) < 0 && row.supply === 'ac')
      throw new ValidationError({ voltage: ['Voltage cannot be negative for AC supply'] });
  }
}
