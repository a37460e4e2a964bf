/**
 * The journal area of extras: `/api/extras/journal-entries/` on every journaled model and
 * `/api/extras/bookmarks/` on every bookmarkable one, both removed with the object they point at.
 */
import { defineResource } from '@patchbay/core';
import type { ExtrasArea } from './area.js';
import { JournalEntry } from '../journal/journal-entry.js';
import { Bookmark } from '../journal/bookmark.js';
import { JournalEntryKindChoices } from '../journal/choices.js';
import { bookmarkSerializer, journalEntrySerializer } from '../journal/serializers.js';
import { bookmarkFilterSet, journalEntryFilterSet } from '../journal/filter-sets.js';
import { bookmarkHooks, bookmarkable, journalEntryHooks, journaled } from '../journal/write-hooks.js';
import { journalEntrySearchIndex } from '../journal/search.js';
import { installCleanupTriggers } from '../tags/object-cleanup.js';
import { createJournal } from '../migrations/20260306004000_create_journal.js';

/** Deleting a journaled or bookmarkable object deletes its journal entries and bookmarks. */
export const journalCleanup = {
  name: 'extras_journal_cleanup', fn: 'extras_journal_cleanup',
  appliesTo: (m: Parameters<typeof journaled>[0]) => journaled(m) || bookmarkable(m),
};

export const journal: ExtrasArea = {
  models: [JournalEntry, Bookmark],
  resources: [
    defineResource({ slug: 'journal-entries', model: JournalEntry, serializer: journalEntrySerializer, filterSet: journalEntryFilterSet, hooks: journalEntryHooks }),
    defineResource({ slug: 'bookmarks', model: Bookmark, serializer: bookmarkSerializer, filterSet: bookmarkFilterSet, hooks: bookmarkHooks }),
  ],
  searchIndexes: [journalEntrySearchIndex],
  choices: [JournalEntryKindChoices],
  migrations: { '20260306004000_create_journal': createJournal },
  async setup({ knex, registry }) {
    await installCleanupTriggers(knex, registry, [journalCleanup]);
  },
};
