/** A provider (NetBox's Provider): a carrier or other organisation delivering circuits; takes contacts. */
import { PrimaryModel, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { ASN } from '@patchbay/plugin-ipam';
import { ProviderAccount } from './provider-account.js';

export class Provider extends PrimaryModel {
  static override tableName = 'circuits_provider';
  static override label = 'circuits.provider';
  static override verboseName = 'provider';
  static override verboseNamePlural = 'providers';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    slug: field.slug({ unique: true }),
    // NetBox's reverse `accounts` relation, shown read-only: an account moves by editing the account.
    accounts: field.many(() => ProviderAccount, { table: 'circuits_provideraccount', from: 'provider_id', to: 'id' }, { readOnly: true }),
    // NetBox's Provider.asns: IPAM's ASNs, written as ids.
    asns: field.many(() => ASN, { table: 'circuits_provider_asns', from: 'provider_id', to: 'asn_id' }),
  };
}
