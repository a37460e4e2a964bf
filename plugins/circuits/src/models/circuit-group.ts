/** A circuit group (NetBox's CircuitGroup): an administrative grouping of circuits and virtual circuits. */
import { OrganizationalModel, field, type FieldMap } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';

export class CircuitGroup extends OrganizationalModel {
  static override tableName = 'circuits_circuitgroup';
  static override label = 'circuits.circuitgroup';
  static override verboseName = 'circuit group';
  static override verboseNamePlural = 'circuit groups';
  static override fields: FieldMap = {
    // NetBox: PROTECT.
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
  };
}
