/**
 * GET /api/dcim/connected-device/?peer_device=<name>&peer_interface=<name> — NetBox's
 * ConnectedDeviceViewSet: the device whose interface is at the far end of the peer interface's
 * cable path (what a device booting with only LLDP knowledge asks). Answers the device as
 * DeviceSerializer shows it (without config_context); 400 without both filters, 404 when the
 * peer or a connected interface cannot be found or viewed.
 */
import { PatchbayError, badRequest, defineRoute, fetchRow, getObject, type RequestCradle, type Resource } from '@patchbay/core';
import { parseNode } from '../cabling/paths/nodes.js';
import { parsePath } from '../cabling/paths/retrace.js';

/** Django's get_object_or_404 message, as DRF answers it. */
const noMatch = (model: string) => new PatchbayError('PB_API_NOT_FOUND', 404, { detail: `No ${model} matches the given query.` });

/** The first of `ids` the user may view, or null. */
async function firstVisible(c: RequestCradle, resource: Resource, ids: number[]): Promise<Record<string, unknown> | null> {
  for (const id of ids) {
    try {
      return await fetchRow(c, resource, id);
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status !== 404 && status !== 403) throw err;
    }
  }
  return null;
}

export const connectedDeviceRoute = defineRoute({
  method: 'GET',
  path: '/connected-device/',
  summary: 'The device connected to a given peer device and peer interface.',
  schema: { response: { $ref: '#/components/schemas/Device' } },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const peerDevice = req.query.get('peer_device');
    const peerInterface = req.query.get('peer_interface');
    if (!peerDevice || !peerInterface) throw badRequest('Request must include "peer_device" and "peer_interface" filters.');
    const devices = c.registry.resources.require('dcim/devices');
    const interfaces = c.registry.resources.require('dcim/interfaces');
    const deviceIds = (await c.knex('dcim_device').where('name', peerDevice).orderBy('id').pluck('id')).map(Number);
    const device = await firstVisible(c, devices, deviceIds);
    if (!device) throw noMatch('Device');
    const ifaceIds = (await c.knex('dcim_interface').where({ device_id: device.id, name: peerInterface }).pluck('id')).map(Number);
    const iface = await firstVisible(c, interfaces, ifaceIds);
    if (!iface) throw noMatch('Interface');
    // The peer interface's connected endpoints: its path's last hop, when the path is complete.
    const path = iface._path_id == null ? null : await c.knex('dcim_cablepath').select('path', 'is_complete').where('id', iface._path_id as number).first();
    const last = path?.is_complete ? parsePath(path.path).at(-1) ?? [] : [];
    const first = last[0] ? parseNode(last[0]) : null;
    if (!first || first.type !== 'dcim.interface') throw new PatchbayError('PB_API_NOT_FOUND', 404, { detail: 'Not found.' });
    const endpoint = await c.knex('dcim_interface').select('device_id').where('id', first.id).first();
    if (!endpoint) throw new PatchbayError('PB_API_NOT_FOUND', 404, { detail: 'Not found.' });
    try {
      const { json } = await getObject(c, devices, Number(endpoint.device_id), new URLSearchParams('exclude=config_context'));
      return { body: json };
    } catch (err) {
      if ((err as { status?: number }).status === 404) throw noMatch('Device');
      throw err;
    }
  },
});
