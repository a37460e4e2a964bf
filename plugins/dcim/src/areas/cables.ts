/**
 * The cables area of DCIM: cables and their terminations, and their migration
 * (20260302000700…, after the components and power feeds the cables attach to). The cable fields
 * of the cabled models themselves are declared with those models (cabling/cabled-fields.ts).
 */
import { defineResource, defineSearchIndex } from '@patchbay/core';
import type { DcimArea } from './area.js';
import { Cable } from '../models/cable.js';
import { CableTermination } from '../models/cable-termination.js';
import { cableSerializer } from '../serializers/cable.js';
import { cableTerminationSerializer } from '../serializers/cable-termination.js';
import { cableFilterSet } from '../filters/cable.js';
import { cableTerminationFilterSet } from '../filters/cable-termination.js';
import { cableHooks } from '../cabling/cable-writes.js';
import { cableTerminationHooks } from '../cabling/termination-writes.js';
import { createCableTables } from '../migrations/20260302000700_create_cable_tables.js';

export const cables: DcimArea = {
  models: [Cable, CableTermination],
  resources: [
    defineResource({ slug: 'cables', model: Cable, serializer: cableSerializer, filterSet: cableFilterSet, hooks: cableHooks }),
    defineResource({
      slug: 'cable-terminations', model: CableTermination, serializer: cableTerminationSerializer,
      filterSet: cableTerminationFilterSet, hooks: cableTerminationHooks,
    }),
  ],
  // NetBox's dcim/search.py CableIndex.
  searchIndexes: [
    defineSearchIndex(Cable, { fields: { label: 100, description: 500, comments: 5000 }, display: ['type', 'status', 'tenant', 'label', 'description'] }),
  ],
  migrations: { '20260302000700_create_cable_tables': createCableTables },
};
