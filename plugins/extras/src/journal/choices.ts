/** NetBox's JournalEntryKindChoices (shown as {value, label}, as the 4.2 schema lists them). */
import { defineChoices } from '@patchbay/core';

export const JournalEntryKindChoices = defineChoices('extras.JournalEntry.kind', [
  ['info', 'Info'],
  ['success', 'Success'],
  ['warning', 'Warning'],
  ['danger', 'Danger'],
]);
