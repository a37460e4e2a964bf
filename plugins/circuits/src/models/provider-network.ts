/** A provider network (NetBox's ProviderNetwork): a provider's network whose insides are not modelled; names unique per provider. */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { Provider } from './provider.js';

export class ProviderNetwork extends PrimaryModel {
  static override tableName = 'circuits_providernetwork';
  static override label = 'circuits.providernetwork';
  static override verboseName = 'provider network';
  static override verboseNamePlural = 'provider networks';
  static override ordering = ['provider', 'name'];
  static override uniqueTogether = [
    { fields: ['provider', 'name'], message: 'The fields provider, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    // NetBox: PROTECT — a provider with networks cannot be deleted.
    provider: field.related(() => Provider, { required: true, onDelete: 'protect' }),
    name: field.string({ maxLength: 100, required: true }),
    service_id: field.string({ maxLength: 100, default: '' }),
  };
}
