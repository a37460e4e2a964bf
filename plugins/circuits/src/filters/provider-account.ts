import { defineFilterSet, relation } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { ProviderAccount } from '../models/provider-account.js';
import { Provider } from '../models/provider.js';

/** NetBox's ProviderAccountFilterSet. */
export const providerAccountFilterSet = defineFilterSet(ProviderAccount, {
  fields: {
    name: 'text',
    account: 'text',
    description: 'text',
    provider: relation(() => Provider),
    ...contactFilters(ProviderAccount.label),
  },
  search: ['name', 'description', 'account', 'comments'],
});
