/** NetBox 4.2's virtualization choice sets (virtualization/choices.py), with their colours. */
import { defineChoices } from '@patchbay/core';

export const ClusterStatusChoices = defineChoices('virtualization.Cluster.status', [
  ['planned', 'Planned', 'cyan'],
  ['staging', 'Staging', 'blue'],
  ['active', 'Active', 'green'],
  ['decommissioning', 'Decommissioning', 'yellow'],
  ['offline', 'Offline', 'red'],
]);

export const VirtualMachineStatusChoices = defineChoices('virtualization.VirtualMachine.status', [
  ['offline', 'Offline', 'gray'],
  ['active', 'Active', 'green'],
  ['planned', 'Planned', 'cyan'],
  ['staged', 'Staged', 'blue'],
  ['failed', 'Failed', 'red'],
  ['decommissioning', 'Decommissioning', 'yellow'],
]);
