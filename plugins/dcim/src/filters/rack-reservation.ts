import { defineFilterSet, relation, User } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { Location } from '../models/location.js';
import { Rack } from '../models/rack.js';
import { RackReservation } from '../models/rack-reservation.js';
import { siteScopeFilters } from './site-scope.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const viaRack = [{ table: 'dcim_rack', column: 'site_id' }];

/**
 * NetBox's RackReservationFilterSet: the rack (by id), its site scope and location subtree,
 * tenancy, the user (id or username) and a reserved unit; `q` searches the rack's name and
 * facility id, the username and the description.
 */
export const rackReservationFilterSet = defineFilterSet(RackReservation, {
  fields: {
    rack: relation(() => Rack, { by: false }),
    ...siteScopeFilters('rack_id', viaRack),
    ...tenancyFilters,
    location: relation(() => Location, { column: 'rack_id', tree: true, through: [{ table: 'dcim_rack', column: 'location_id' }] }),
    user: relation(() => User, { by: 'username' }),
    unit: { kind: 'int_array', column: 'units' },
    description: 'text',
  },
  search: (qb, q) => {
    const like = `%${escapeLike(q)}%`;
    qb.where((w) =>
      w.whereRaw('EXISTS (SELECT 1 FROM dcim_rack r WHERE r.id = t.rack_id AND (r.name ILIKE ? OR r.facility_id ILIKE ?))', [like, like])
        .orWhereRaw('EXISTS (SELECT 1 FROM users_user u WHERE u.id = t.user_id AND u.username ILIKE ?)', [like])
        .orWhere('t.description', 'ilike', like));
  },
});
