import { defineFilterSet, relation } from '@patchbay/core';
import { ASN } from '@patchbay/plugin-ipam';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { Provider } from '../models/provider.js';
import { PROVIDER_TO_TERMINATIONS, terminationScopeFilters } from './termination-scope.js';

/**
 * NetBox's ProviderFilterSet: region / site group / site match providers with a circuit terminating
 * there; `asn` (numbers) / `asn_id` through the provider's ASNs; `q` also searches account ids and names.
 */
export const providerFilterSet = defineFilterSet(Provider, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    asn: relation(() => ASN, { column: 'id', by: 'asn', through: [{ table: 'circuits_provider_asns', select: 'provider_id', column: 'asn_id' }] }),
    ...terminationScopeFilters(PROVIDER_TO_TERMINATIONS),
    ...contactFilters(Provider.label),
  },
  search: (qb, q) => {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => w.whereILike('t.name', like).orWhereILike('t.description', like).orWhereILike('t.comments', like)
      .orWhereIn('t.id', (s) => s.select('provider_id').from('circuits_provideraccount').whereILike('account', like).orWhereILike('name', like)));
  },
});
