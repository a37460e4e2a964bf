/**
 * GET /api/circuits/circuit-terminations/{id}/paths/ and /virtual-circuit-terminations/{id}/paths/
 * — NetBox's PassThroughPortMixin.paths: every cable path through the termination, as NetBox's
 * CablePathSerializer shows them (dcim renders them). Virtual circuit terminations are never on
 * a cable path, so theirs is always empty, as in NetBox. Needs view permission on the
 * termination; an unknown or hidden one is a 404.
 */
import { passThroughPathsRoute } from '@patchbay/plugin-dcim';

export const circuitTerminationPathsRoute = passThroughPathsRoute('circuits/circuit-terminations', 'circuits.circuittermination');
export const virtualCircuitTerminationPathsRoute = passThroughPathsRoute('circuits/virtual-circuit-terminations', 'circuits.virtualcircuittermination');
