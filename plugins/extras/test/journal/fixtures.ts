/** Fixtures of the journal tests: three sites and three tenants to write journal entries and bookmarks on. */
import type { TestApp } from '@patchbay/core/testing';
import { SITES, TENANTS, make } from '../tags/fixtures.js';

export { tagsApp as journalApp, make } from '../tags/fixtures.js';
export const JOURNAL = '/api/extras/journal-entries/';
export const BOOKMARKS = '/api/extras/bookmarks/';

export interface Objects { sites: number[]; tenants: number[] }

/** Three sites and three tenants. */
export async function objects(app: TestApp): Promise<Objects> {
  const sites = (await make(app.api, SITES, [1, 2, 3].map((i) => ({ name: `Site ${i}`, slug: `site-${i}` })))).map((s: { id: number }) => s.id);
  const tenants = (await make(app.api, TENANTS, [1, 2, 3].map((i) => ({ name: `Tenant ${i}`, slug: `tenant-${i}` })))).map((s: { id: number }) => s.id);
  return { sites, tenants };
}
