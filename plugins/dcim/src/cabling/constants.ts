/**
 * NetBox's cable constants (dcim/constants.py): which models a cable may end on and which end
 * types may face each other.
 */

/** NetBox's CABLE_TERMINATION_MODELS, as model labels. */
export const CABLE_TERMINATION_MODELS = [
  'circuits.circuittermination', 'dcim.consoleport', 'dcim.consoleserverport', 'dcim.frontport', 'dcim.interface',
  'dcim.powerfeed', 'dcim.poweroutlet', 'dcim.powerport', 'dcim.rearport',
];

/** NetBox's COMPATIBLE_TERMINATION_TYPES, keyed by model name (the part after the dot). */
export const COMPATIBLE_TERMINATION_TYPES: Record<string, string[]> = {
  circuittermination: ['interface', 'frontport', 'rearport', 'circuittermination'],
  consoleport: ['consoleserverport', 'frontport', 'rearport'],
  consoleserverport: ['consoleport', 'frontport', 'rearport'],
  interface: ['interface', 'circuittermination', 'frontport', 'rearport'],
  frontport: ['consoleport', 'consoleserverport', 'interface', 'frontport', 'rearport', 'circuittermination'],
  powerfeed: ['powerport'],
  poweroutlet: ['powerport'],
  powerport: ['poweroutlet', 'powerfeed'],
  rearport: ['consoleport', 'consoleserverport', 'interface', 'frontport', 'rearport', 'circuittermination'],
};

/** NetBox's CableLengthUnitChoices in metres (utilities.utils.to_meters), for `_abs_length`. */
export const METRES_PER_UNIT: Record<string, number> = { km: 1000, m: 1, cm: 0.01, mi: 1609.344, ft: 0.3048, in: 0.0254 };

/** A cable end as stored in dcim_cabletermination. */
export interface TerminationRef {
  cable_end: 'A' | 'B';
  termination_type: string;
  termination_id: number;
}
