/**
 * GET /api/dcim/racks/{id}/elevation/ — NetBox's RackViewSet.elevation: the rack's units on one
 * face as a paginated list of `{id, name, face, device, occupied, display}` (Rack.get_rack_units),
 * or with `render=svg` the drawing of that face. Needs view permission on the rack; devices the
 * user may not view still mark their units occupied but are not named.
 */
import { ValidationError, defineRoute, fetchRow, loadBrief, notFound, type RequestCradle } from '@patchbay/core';
import { DeviceFaceChoices } from '../choices.js';
import { deviceSlots, mountedDevices, rackUnits, unitName, type MountedDevice } from '../services/rack-space.js';
import { renderElevationSvg } from '../services/rack-elevation-svg.js';

/** NetBox's RACK_ELEVATION_DEFAULT_* settings and constants. */
const DEFAULTS = { unit_width: 220, unit_height: 22, legend_width: 30, margin_width: 15 };

type Params = {
  face: 'front' | 'rear'; render: 'json' | 'svg'; q: string | null; exclude: number | null; expand_devices: boolean;
  include_images: boolean; unit_width: number; unit_height: number; legend_width: number; margin_width: number;
};

/** Parses the query as NetBox's RackElevationDetailFilterSerializer does, collecting every error. */
function parseParams(query: URLSearchParams): Params {
  const errors: Record<string, string[]> = {};
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = query.get(name);
    if (v === null) return fallback;
    if (!allowed.includes(v as T)) errors[name] = [`"${v}" is not a valid choice.`];
    return v as T;
  };
  const integer = (name: string, fallback: number | null): number | null => {
    const v = query.get(name);
    if (v === null || (v === '' && fallback === null)) return fallback;
    if (!/^-?\d{1,9}$/.test(v.trim())) { errors[name] = ['A valid integer is required.']; return fallback; }
    return Number(v);
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const v = query.get(name);
    if (v === null) return fallback;
    if (['true', 'True', '1', 'yes', 'on'].includes(v)) return true;
    if (['false', 'False', '0', 'no', 'off'].includes(v)) return false;
    errors[name] = ['Must be a valid boolean.'];
    return fallback;
  };
  const params: Params = {
    face: choice('face', DeviceFaceChoices.values() as ('front' | 'rear')[], 'front'),
    render: choice('render', ['json', 'svg'] as const, 'json'),
    q: query.get('q') || null,
    exclude: integer('exclude', null),
    expand_devices: bool('expand_devices', true),
    include_images: bool('include_images', true),
    unit_width: integer('unit_width', DEFAULTS.unit_width)!,
    unit_height: integer('unit_height', DEFAULTS.unit_height)!,
    legend_width: integer('legend_width', DEFAULTS.legend_width)!,
    margin_width: integer('margin_width', DEFAULTS.margin_width)!,
  };
  for (const name of ['unit_width', 'unit_height', 'legend_width', 'margin_width'] as const)
    if (!errors[name] && (params[name] < 0 || params[name] > 10000)) errors[name] = ['Ensure this value is between 0 and 10000.'];
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return params;
}

/** The ids of `devices` the user may view (none when they may not view devices at all, as NetBox's restrict()). */
async function viewableDevices(c: RequestCradle, rackId: number): Promise<Set<number>> {
  const model = c.registry.models.get('dcim.device');
  if (!model) return new Set();
  const qb = c.knex('dcim_device as t').select('t.id').where('t.rack_id', rackId);
  try {
    await c.permissions.restrict(c, qb, model, 'view', 't');
  } catch (err) {
    if ((err as { status?: number }).status === 403) return new Set();
    throw err;
  }
  return new Set(((await qb) as { id: unknown }[]).map((r) => Number(r.id)));
}

/** limit/offset over a plain list, with NetBox's page links. */
function paginate<T>(c: RequestCradle, items: T[], query: URLSearchParams, base: string) {
  const num = (name: string) => {
    const v = query.get(name);
    if (v === null || v === '') return undefined;
    if (!/^\d+$/.test(v)) throw new ValidationError({ [name]: ['A valid integer is required.'] });
    return Number(v);
  };
  const max = c.config.maxPageSize;
  let limit = num('limit') ?? c.config.paginateCount;
  if (limit === 0 || (max > 0 && limit > max)) limit = max;
  const offset = num('offset') ?? 0;
  const page = limit > 0 ? items.slice(offset, offset + limit) : items.slice(offset);
  const link = (o: number | null) => {
    const p = new URLSearchParams(query);
    p.set('limit', String(limit));
    if (o) p.set('offset', String(o));
    else p.delete('offset');
    return `${base}?${p.toString()}`;
  };
  return {
    count: items.length,
    next: limit > 0 && offset + limit < items.length ? link(offset + limit) : null,
    previous: offset > 0 && limit > 0 ? link(Math.max(0, offset - limit)) : null,
    results: page,
  };
}

/** NetBox's PaginatedRackUnitList (RackUnitSerializer), for /api/schema/. */
const PAGINATED_RACK_UNITS = {
  type: 'object',
  required: ['count', 'results'],
  properties: {
    count: { type: 'integer' },
    next: { type: ['string', 'null'], format: 'uri' },
    previous: { type: ['string', 'null'], format: 'uri' },
    results: {
      type: 'array',
      items: {
        type: 'object',
        description: 'A rack unit is an abstraction formed by the set (rack, position, face); it does not exist as a row in the database.',
        required: ['id', 'name', 'face', 'device', 'occupied', 'display'],
        properties: {
          id: { type: 'number', readOnly: true },
          name: { type: 'string', readOnly: true },
          face: {
            type: 'object',
            readOnly: true,
            properties: { value: { type: 'string', enum: ['front', 'rear'] }, label: { type: 'string', enum: ['Front', 'Rear'] } },
          },
          device: { type: ['object', 'null'], additionalProperties: {}, readOnly: true, description: 'The device in brief form.' },
          occupied: { type: 'boolean', readOnly: true },
          display: { type: 'string', readOnly: true },
        },
      },
    },
  },
};

export const rackElevationRoute = defineRoute({
  method: 'GET',
  path: '/racks/:id/elevation/',
  permission: { model: 'dcim.rack', action: 'view' },
  summary: 'Rack elevation representing the list of rack units. Also supports rendering the elevation as an SVG.',
  schema: { response: PAGINATED_RACK_UNITS },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const racks = c.registry.resources.require('dcim/racks');
    if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
    const rack = await fetchRow(c, racks, Number(req.params.id));
    const params = parseParams(req.query);
    const rackId = Number(rack.id);
    const geometry = { u_height: Number(rack.u_height), starting_unit: Number(rack.starting_unit), desc_units: Boolean(rack.desc_units) };
    const devices: MountedDevice[] = await mountedDevices(c.knex, rackId, {
      face: params.face, excludeDeviceIds: params.exclude !== null ? [params.exclude] : [],
    });
    const permitted = await viewableDevices(c, rackId);
    const deviceModel = c.registry.models.get('dcim.device');
    const briefs = deviceModel
      ? await loadBrief(deviceModel, devices.filter((d) => permitted.has(d.id)).map((d) => d.id), { db: c.knex, registry: c.registry, baseUrl: c.baseUrl })
      : new Map();

    if (params.render === 'svg') {
      const colors = new Map<number, string>();
      if (devices.length) {
        const rows: { id: unknown; color: string | null }[] = await c.knex('dcim_device as d')
          .leftJoin('dcim_devicerole as r', 'r.id', 'd.role_id').select('d.id', 'r.color').whereIn('d.id', devices.map((d) => d.id));
        for (const r of rows) if (r.color) colors.set(Number(r.id), r.color);
      }
      const reserved: number[] = [];
      const reservations: { units: number[] }[] = await c.knex('dcim_rackreservation').select('units').where('rack_id', rackId);
      for (const r of reservations) reserved.push(...r.units.map(Number));
      const svg = renderElevationSvg({
        rack: { name: String(rack.name), ...geometry },
        face: params.face,
        devices: devices.map((d) => {
          const brief = briefs.get(d.id) as { display?: string; url?: string } | undefined;
          return { id: d.id, name: brief ? String(brief.display) : null, position: d.position, u_height: d.u_height, color: colors.get(d.id) ?? null, url: brief?.url ?? null };
        }),
        reserved,
        unitWidth: params.unit_width, unitHeight: params.unit_height, legendWidth: params.legend_width, marginWidth: params.margin_width,
      });
      return { status: 200, type: 'image/svg+xml', body: svg };
    }

    const face = { value: params.face, label: DeviceFaceChoices.label(params.face) };
    type Unit = { id: number; name: string; face: typeof face; device: unknown; occupied: boolean; display: string };
    const units = new Map<number, Unit>();
    for (const u of rackUnits(geometry)) units.set(u * 2, { id: u, name: unitName(u), face, device: null, occupied: false, display: unitName(u) });
    for (const d of devices) {
      const brief = permitted.has(d.id) ? (briefs.get(d.id) ?? null) : null;
      const slots = params.expand_devices ? deviceSlots(d.position, d.u_height) : [Math.round(d.position * 2)];
      for (const s of slots) {
        const unit = units.get(s);
        if (!unit) continue;
        if (brief) unit.device = brief;
        unit.occupied = true;
      }
    }
    let list = [...units.values()];
    // NetBox matches q against str(id) ("7.0", "7.5") and the name ("U7").
    if (params.q) list = list.filter((u) => u.id.toFixed(1).includes(params.q!) || u.name.includes(params.q!));
    const base = `${c.baseUrl}/api/dcim/racks/${rackId}/elevation/`;
    return { status: 200, body: paginate(c, list, req.query, base) };
  },
});
