/**
 * The `circuits_provider_asns` link (NetBox's Provider.asns many-to-many). Not a resource: a model
 * class only so an ASN's `provider_count` can be a batched count over the join table.
 */
import { BaseModel } from '@patchbay/core';

export class ProviderASN extends BaseModel {
  static override tableName = 'circuits_provider_asns';
  static override label = 'circuits.provider_asns';
  static override verboseName = 'provider ASN';
  static override verboseNamePlural = 'provider ASNs';
}
