/**
 * The cable paths area of DCIM (after `cables`): the dcim_cablepath table and endpoints' `_path`
 * (migration 20260302000800), trace / paths / connected-device / power-draw routes, the
 * `connected` endpoint filter, and the signals that keep paths right when ports change.
 */
import type { DcimArea } from './area.js';
import { createCablePaths } from '../migrations/20260302000800_create_cable_paths.js';
import { traceRoutes } from '../routes/trace.js';
import { portPathsRoutes } from '../routes/cable-paths.js';
import { connectedDeviceRoute } from '../routes/connected-device.js';
import { powerDrawRoute } from '../routes/power-draw.js';
import { pathEndpointFilters } from '../cabling/paths/filters.js';
import { registerPathSignals } from '../cabling/paths/signals.js';

export const paths: DcimArea = {
  models: [],
  resources: [],
  routes: [...traceRoutes, ...portPathsRoutes, connectedDeviceRoute, powerDrawRoute],
  filters: pathEndpointFilters,
  setup: registerPathSignals,
  migrations: { '20260302000800_create_cable_paths': createCablePaths },
};
