/** Global search over journal entries, with NetBox 4.2's weight (extras/search.py JournalEntryIndex). */
import { defineSearchIndex } from '@patchbay/core';
import { JournalEntry } from './journal-entry.js';

export const journalEntrySearchIndex = defineSearchIndex(JournalEntry, { fields: { comments: 5000 }, display: ['kind', 'created_by'] });
