/**
 * The racks area of DCIM: rack roles, rack types, racks and rack reservations, the rack elevation
 * endpoint, and their migration (20260302000300…, after organisation and device types).
 */
import { defineResource, defineSearchIndex, type ResourceDefinition } from '@patchbay/core';
import type { DcimArea } from './area.js';
import { RackRole } from '../models/rack-role.js';
import { RackType } from '../models/rack-type.js';
import { Rack } from '../models/rack.js';
import { RackReservation } from '../models/rack-reservation.js';
import { RACKTYPE_FIELDS, derivedRackColumns } from '../models/rack-base.js';
import { rackRoleSerializer } from '../serializers/rack-role.js';
import { rackTypeSerializer } from '../serializers/rack-type.js';
import { rackSerializer } from '../serializers/rack.js';
import { rackReservationSerializer } from '../serializers/rack-reservation.js';
import { rackRoleFilterSet } from '../filters/rack-role.js';
import { rackTypeFilterSet } from '../filters/rack-type.js';
import { rackFilterSet } from '../filters/rack.js';
import { rackReservationFilterSet } from '../filters/rack-reservation.js';
import { rackElevationRoute } from '../routes/rack-elevation.js';
import { createRackTables } from '../migrations/20260302000300_create_rack_tables.js';

type WriteHooks = NonNullable<ResourceDefinition['hooks']>;

/** RackType.save(): normalised weights, no units without values. */
const rackTypeHooks: WriteHooks = {
  async beforeSave({ prev, parsed }) {
    Object.assign(parsed.values, derivedRackColumns({ ...(prev ?? {}), ...parsed.values }));
  },
};

/** Rack.save(): a rack of a rack type takes the type's physical attributes, then the derived columns. */
const rackHooks: WriteHooks = {
  async beforeSave({ trx, prev, parsed }) {
    const values = parsed.values;
    const typeId = 'rack_type_id' in values ? values.rack_type_id : prev?.rack_type_id;
    if (typeId != null) {
      const type = await trx('dcim_racktype').select(...RACKTYPE_FIELDS).where('id', typeId as number).first();
      if (type) for (const f of RACKTYPE_FIELDS) values[f] = type[f];
    }
    Object.assign(values, derivedRackColumns({ ...(prev ?? {}), ...values }));
  },
};

export const racks: DcimArea = {
  models: [RackRole, RackType, Rack, RackReservation],
  resources: [
    defineResource({ slug: 'rack-roles', model: RackRole, serializer: rackRoleSerializer, filterSet: rackRoleFilterSet }),
    defineResource({ slug: 'rack-types', model: RackType, serializer: rackTypeSerializer, filterSet: rackTypeFilterSet, hooks: rackTypeHooks }),
    defineResource({ slug: 'racks', model: Rack, serializer: rackSerializer, filterSet: rackFilterSet, hooks: rackHooks }),
    defineResource({ slug: 'rack-reservations', model: RackReservation, serializer: rackReservationSerializer, filterSet: rackReservationFilterSet }),
  ],
  routes: [rackElevationRoute],
  // NetBox's dcim/search.py weights.
  searchIndexes: [
    defineSearchIndex(RackRole, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
    defineSearchIndex(RackType, { fields: { model: 100, description: 500, comments: 5000 }, display: ['model', 'description'] }),
    defineSearchIndex(Rack, {
      fields: { asset_tag: 50, serial: 60, name: 100, facility_id: 200, description: 500, comments: 5000 },
      display: ['site', 'location', 'facility_id', 'tenant', 'status', 'role', 'serial', 'asset_tag', 'description'],
    }),
    defineSearchIndex(RackReservation, { fields: { description: 500, comments: 5000 }, display: ['rack', 'tenant', 'user', 'description'] }),
  ],
  migrations: { '20260302000300_create_rack_tables': createRackTables },
};
