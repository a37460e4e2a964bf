/**
 * Choice sets of the circuits plugin (NetBox 4.2's circuits/choices.py and DistanceUnitChoices).
 * NetBox's status and role colours are left out: its REST API shows only value and label.
 */
import { defineChoices } from '@patchbay/core';

/** The life-cycle of a circuit or virtual circuit. */
export const CircuitStatusChoices = defineChoices('circuits.Circuit.status', [
  ['planned', 'Planned'],
  ['provisioning', 'Provisioning'],
  ['active', 'Active'],
  ['offline', 'Offline'],
  ['deprovisioning', 'Deprovisioning'],
  ['decommissioned', 'Decommissioned'],
]);

/** The two ends of a circuit. */
export const CircuitTerminationSideChoices = defineChoices('circuits.CircuitTermination.term_side', [
  ['A', 'A'],
  ['Z', 'Z'],
]);

/** How important a circuit is within a circuit group. */
export const CircuitPriorityChoices = defineChoices('circuits.CircuitGroupAssignment.priority', [
  ['primary', 'Primary'],
  ['secondary', 'Secondary'],
  ['tertiary', 'Tertiary'],
  ['inactive', 'Inactive'],
]);

/** The part an interface plays in a virtual circuit (hub-and-spoke or peer-to-peer). */
export const VirtualCircuitTerminationRoleChoices = defineChoices('circuits.VirtualCircuitTermination.role', [
  ['peer', 'Peer'],
  ['hub', 'Hub'],
  ['spoke', 'Spoke'],
]);

/** NetBox's DistanceUnitChoices (a circuit's distance). */
export const DistanceUnitChoices = defineChoices('circuits.Circuit.distance_unit', [
  ['km', 'Kilometers'],
  ['m', 'Meters'],
  ['mi', 'Miles'],
  ['ft', 'Feet'],
]);
