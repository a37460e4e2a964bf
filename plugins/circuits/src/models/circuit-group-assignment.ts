/**
 * A circuit or virtual circuit in a circuit group, with an optional priority (NetBox's
 * CircuitGroupAssignment: change-logged, tags). A member belongs to a group once.
 */
import { ChangeLoggedModel, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { CircuitPriorityChoices } from '../choices.js';
import { CircuitGroup } from './circuit-group.js';

/** NetBox's CIRCUIT_GROUP_ASSIGNMENT_MEMBER_MODELS. */
export const CIRCUIT_GROUP_MEMBER_TYPES = ['circuits.circuit', 'circuits.virtualcircuit'];

export class CircuitGroupAssignment extends ChangeLoggedModel {
  static override tableName = 'circuits_circuitgroupassignment';
  static override label = 'circuits.circuitgroupassignment';
  static override verboseName = 'Circuit group assignment';
  static override verboseNamePlural = 'Circuit group assignments';
  static override features: ModelFeature[] = ['tags', 'export_templates'];
  static override ordering = ['group', 'member_type', 'member_id', 'priority'];
  static override uniqueTogether = [
    { fields: ['member_type', 'member_id', 'group'], message: 'The fields member_type, member_id, group must make a unique set.' },
  ];
  static override fields: FieldMap = {
    // NetBox: CASCADE — deleting a group deletes its assignments.
    group: field.related(() => CircuitGroup, { required: true, onDelete: 'cascade' }),
    member_type: field.genericType({ required: true, allowedTypes: () => CIRCUIT_GROUP_MEMBER_TYPES }),
    member_id: field.genericId({ required: true, max: Number.MAX_SAFE_INTEGER }),
    // Deleted by circuits' pre_delete signals when the member is deleted itself.
    member: field.generic('member_type', 'member_id', { allowedTypes: () => CIRCUIT_GROUP_MEMBER_TYPES, onDelete: 'cascade', cascadeFrom: () => 'direct' }),
    priority: field.choice(CircuitPriorityChoices, { nullable: true, default: null }),
    tags: field.tags(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    // `_group_name` mirrors the group's name (a trigger, see the migration).
    const priority = row.priority ? ` (${CircuitPriorityChoices.label(row.priority)})` : '';
    return `${row._group_name}${priority}`;
  }
}
