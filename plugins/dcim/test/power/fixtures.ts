/** Fixtures of the power area's tests: the racks area's places plus racks, power panels and feeds — made over the API. */
import type { TestApp } from '@patchbay/core/testing';
import { RACKS, make, places, type Places } from '../racks/fixtures.js';

export { make, racksApp as powerApp, RACKS, LOCATIONS, SITES, TENANTS } from '../racks/fixtures.js';
export const PANELS = '/api/dcim/power-panels/';
export const FEEDS = '/api/dcim/power-feeds/';

export interface PowerPlaces extends Places {
  /** racks[i] is in sites[i] (and locations[i]). */
  racks: number[];
  /** panels[i] is in sites[i]; panels[0] in locations[0]. */
  panels: number[];
}

/** The racks area's places, one rack and one power panel per site. */
export async function powerPlaces(app: TestApp): Promise<PowerPlaces> {
  const p = await places(app);
  const racks: number[] = [];
  const panels: number[] = [];
  for (const i of [0, 1, 2]) {
    racks.push((await make(app.api, RACKS, { name: `Rack ${i + 1}`, site: p.sites[i], location: p.locations[i] })).id);
    panels.push((await make(app.api, '/api/dcim/power-panels/', {
      name: `Panel ${i + 1}`, site: p.sites[i], ...(i === 0 ? { location: p.locations[0] } : {}), description: `panel ${i + 1}`,
    })).id);
  }
  return { ...p, racks, panels };
}
