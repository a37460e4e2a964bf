/** One numbered rule of an access list: action, protocol, source/destination prefixes and ports. */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { AccessListProtocolChoices, AccessListRuleActionChoices } from '../choices.js';
import { AccessList } from './access-list.js';

const port = { min: 0, max: 65535 };

export class AccessListRule extends PrimaryModel {
  static override tableName = 'netbox_acls_accesslistrule';
  static override label = 'acl.accesslistrule';
  static override verboseName = 'access list rule';
  static override verboseNamePlural = 'access list rules';
  static override ordering = ['access_list_id', 'index'];
  static override uniqueTogether = [{ fields: ['access_list', 'index'], message: 'An access list rule with this index already exists in this access list.' }];
  static override fields: FieldMap = {
    access_list: field.related(() => AccessList, { required: true, onDelete: 'cascade' }),
    index: field.integer({ required: true, min: 0, max: 2147483647 }),
    action: field.choice(AccessListRuleActionChoices, { required: true }),
    remark: field.string({ maxLength: 500, default: '' }),
    protocol: field.choice(AccessListProtocolChoices, { default: '' }),
    source_prefix: field.cidr({ nullable: true, default: null }),
    source_ports: field.intArray({ ...port, nullable: true, default: null }),
    destination_prefix: field.cidr({ nullable: true, default: null }),
    destination_ports: field.intArray({ ...port, nullable: true, default: null }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return `Rule ${row.index}`;
  }

  /** The plugin's rules: remarks carry text and nothing else; ports need TCP or UDP; standard lists match sources only. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    const errors: Record<string, string[]> = {};
    if (row.action === 'remark') {
      if (!row.remark) errors.remark = ['A remark rule needs remark text.'];
      for (const f of ['source_prefix', 'source_ports', 'destination_prefix', 'destination_ports'] as const)
        if (row[f] !== null && row[f] !== undefined) errors[f] = ['A remark rule cannot match traffic.'];
    } else if (row.remark) errors.remark = ['Only remark rules take remark text.'];
    for (const f of ['source_ports', 'destination_ports'] as const)
      if (Array.isArray(row[f]) && (row[f] as unknown[]).length && !['tcp', 'udp'].includes(String(row.protocol)))
        errors[f] = ['Ports can only be matched for TCP or UDP.'];
    const list = await ctx.trx(AccessList.tableName).select('type').where('id', row.access_list_id as number).first();
    if (list?.type === 'standard') {
      for (const f of ['destination_prefix', 'destination_ports', 'source_ports'] as const)
        if (row[f] !== null && row[f] !== undefined) errors[f] = ['Standard access lists match on the source prefix only.'];
      if (row.protocol) errors.protocol = ['Standard access lists match on the source prefix only.'];
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }
}
