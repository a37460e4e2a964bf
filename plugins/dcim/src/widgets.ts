/**
 * DCIM's dashboard widget: NetBox's ObjectCountsWidget for the dcim models — how many sites,
 * racks, devices… exist, in the configured order, counted in one statement.
 */
import { defineWidget, type ModelClass } from '@patchbay/core';
import { Region } from './models/region.js';
import { SiteGroup } from './models/site-group.js';
import { Site } from './models/site.js';
import { Location } from './models/location.js';
import { Rack } from './models/rack.js';
import { RackReservation } from './models/rack-reservation.js';
import { Manufacturer } from './models/manufacturer.js';
import { DeviceType } from './models/device-type.js';
import { ModuleType } from './models/module-type.js';
import { Device } from './models/device.js';
import { Module } from './models/module.js';
import { Platform } from './models/platform.js';
import { VirtualChassis } from './models/virtual-chassis.js';

/** The models the widget may count, by label (thunks: the classes are read when data is computed). */
const COUNTABLE = (): Map<string, ModelClass> =>
  new Map([Region, SiteGroup, Site, Location, Rack, RackReservation, Manufacturer, DeviceType, ModuleType, Device, Module, Platform, VirtualChassis]
    .map((m) => [m.label, m]));

export const dcimObjectCountsWidget = defineWidget({
  name: 'dcim.ObjectCounts',
  title: 'DCIM',
  description: 'How many objects of each DCIM model exist (sites, racks, devices…).',
  width: 4,
  height: 3,
  config: { models: ['dcim.site', 'dcim.location', 'dcim.rack', 'dcim.device', 'dcim.devicetype', 'dcim.manufacturer'] },
  async data({ db, config }) {
    const known = COUNTABLE();
    const models = ((config.models as unknown[] | undefined) ?? []).map(String).filter((l) => known.has(l)).map((l) => known.get(l)!);
    if (models.length === 0) return { counts: [] };
    const sql = models.map(() => 'SELECT ? AS label, count(*) AS n FROM ??').join(' UNION ALL ');
    const rows: { label: string; n: unknown }[] = (await db.raw(sql, models.flatMap((m) => [m.label, m.tableName]))).rows;
    const byLabel = new Map(rows.map((r) => [r.label, Number(r.n)]));
    return {
      counts: models.map((m) => ({ model: m.label, name: m.verboseNamePlural, count: byLabel.get(m.label) ?? 0 })),
    };
  },
});
