/** NetBox's DistanceMixin.save(): a circuit without a distance has no distance unit either. */
import type { ResourceDefinition } from '@patchbay/core';

type Hooks = NonNullable<ResourceDefinition['hooks']>;

/** The circuits resource's write hook: clears `distance_unit` whenever the saved distance is null. */
export const circuitWriteHooks: Hooks = {
  async beforeSave({ prev, parsed }) {
    const v = parsed.values;
    const distance = 'distance' in v ? v.distance : prev?.distance;
    if (distance === null || distance === undefined) v.distance_unit = null;
  },
};
