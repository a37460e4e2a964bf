import { defineSerializer } from '@patchbay/core';
import { ProviderAccount } from '../models/provider-account.js';

/** Provider accounts in NetBox 4.2's key order. */
export const providerAccountSerializer = defineSerializer(ProviderAccount, {
  fields: [
    'id', 'url', 'display_url', 'display', 'provider', 'name', 'account', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'account', 'description'],
});
