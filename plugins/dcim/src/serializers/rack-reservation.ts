import { defineSerializer } from '@patchbay/core';
import { RackReservation } from '../models/rack-reservation.js';

/** Rack reservations in NetBox 4.2's key order (created/last_updated before the user, as NetBox shows them). */
export const rackReservationSerializer = defineSerializer(RackReservation, {
  fields: [
    'id', 'url', 'display_url', 'display', 'rack', 'units', 'created', 'last_updated', 'user', 'tenant',
    'description', 'comments', 'tags', 'custom_fields',
  ],
  brief: ['id', 'url', 'display', 'user', 'description', 'units'],
});
