/** A journal entry (NetBox's JournalEntry): a dated, kinded comment on an object with the `journaling` feature. */
import { ChangeLoggedModel, User, featuresOf, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { JournalEntryKindChoices } from './choices.js';

/** NetBox's SHORT_DATETIME_FORMAT ('Y-m-d H:i'), in UTC (NetBox's default TIME_ZONE). */
function shortDateTime(value: unknown): string {
  if (value === null || value === undefined) return '';
  const d = new Date(value as string);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16).replace('T', ' ');
}

export class JournalEntry extends ChangeLoggedModel {
  static override tableName = 'extras_journalentry';
  static override label = 'extras.journalentry';
  static override verboseName = 'journal entry';
  static override verboseNamePlural = 'journal entries';
  static override features: ModelFeature[] = ['custom_fields', 'custom_links', 'tags', 'export_templates'];
  static override ordering = ['-created'];
  static override fields: FieldMap = {
    assigned_object_type: field.genericType({ required: true }),
    assigned_object_id: field.genericId({ required: true, max: Number.MAX_SAFE_INTEGER }),
    // Deleted with their (journaled) object by the extras_journal_cleanup triggers.
    assigned_object: field.generic('assigned_object_type', 'assigned_object_id', { onDelete: 'cascade', cascadeFrom: (m) => featuresOf(m).has('journaling') }),
    // NetBox shows the author as a bare user id (a PrimaryKeyRelatedField), defaulting to the request's user.
    created_by: field.related(() => User, {
      nullable: true, onDelete: 'set_null', render: (v) => Number(v), schema: { type: 'integer', nullable: true },
    }),
    kind: field.choice(JournalEntryKindChoices, { default: 'info' }),
    comments: field.text({ required: true }),
    tags: field.tags(),
    custom_fields: field.customFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return `${shortDateTime(row.created)} (${JournalEntryKindChoices.label(row.kind)})`;
  }
}
