/**
 * The VLANs area of IPAM (see area.ts): VLAN groups (with `available-vlans`), VLANs, VLAN
 * translation policies and rules, plus what it adds to other plugins: a device interface's
 * 802.1Q fields (untagged/tagged VLANs, Q-in-Q service VLAN, translation policy) and VRF with
 * their filters and NetBox's rules, and the `vlan_count` of tenants and sites.
 */
import { conflict, defineResource, defineSearchIndex, field, method, relation, type Knex } from '@patchbay/core';
import type { IpamArea } from './area.js';
import { VLANGroup, VLANGROUP_SCOPE_TYPES } from '../models/vlan-group.js';
import { VLAN } from '../models/vlan.js';
import { VLANTranslationPolicy } from '../models/vlan-translation-policy.js';
import { VLANTranslationRule } from '../models/vlan-translation-rule.js';
import { VRF } from '../models/vrf.js';
import { vlanGroupSerializer } from '../serializers/vlan-group.js';
import { vlanSerializer } from '../serializers/vlan.js';
import { vlanTranslationPolicySerializer } from '../serializers/vlan-translation-policy.js';
import { vlanTranslationRuleSerializer } from '../serializers/vlan-translation-rule.js';
import { vlanGroupFilterSet } from '../filters/vlan-group.js';
import { vlanFilterSet } from '../filters/vlan.js';
import { vlanTranslationPolicyFilterSet } from '../filters/vlan-translation-policy.js';
import { vlanTranslationRuleFilterSet } from '../filters/vlan-translation-rule.js';
import { VLANQinQRoleChoices, VLANStatusChoices } from '../choices/vlans.js';
import { checkScopePair } from '../services/vlan-rules.js';
import { enforceInterfaceVlans } from '../services/interface-vlans.js';
import { availableVlanRoutes } from '../routes/available-vlans.js';
import { createVlanTables } from '../migrations/20260303000200_create_vlan_tables.js';
import { interfaceVlans } from '../migrations/20260303000250_interface_vlans.js';

/** Interfaces whose untagged VLAN or one of whose tagged VLANs matches (NetBox's filter_vlan_id / filter_vlan). */
function interfaceVlanFilter(column: 'id' | 'vid') {
  return method('text', (qb, values) => {
    const wanted = values.map((v) => String(v).trim()).filter((v) => v !== '');
    if (!wanted.length) return;
    if (wanted.some((v) => !/^\d{1,9}$/.test(v))) { qb.whereRaw('false'); return; }
    const nums = wanted.map(Number);
    const vlanIds = (s: Knex.QueryBuilder) => s.select('id').from('ipam_vlan').whereIn(column, nums);
    qb.where((w: Knex.QueryBuilder) => {
      w.whereIn('t.untagged_vlan_id', vlanIds)
        .orWhereIn('t.id', (s: Knex.QueryBuilder) => s.select('interface_id').from('dcim_interface_tagged_vlans').whereIn('vlan_id', vlanIds));
    });
  }, []);
}

export const vlans: IpamArea = {
  models: [VLANGroup, VLAN, VLANTranslationPolicy, VLANTranslationRule],
  resources: [
    defineResource({
      slug: 'vlan-groups', model: VLANGroup, serializer: vlanGroupSerializer, filterSet: vlanGroupFilterSet,
      hooks: {
        // Before core's generic-relation check, so a half-given scope gets NetBox's messages.
        async beforeSave({ parsed, prev }) {
          const v = parsed.values;
          checkScopePair('scope_type' in v ? v.scope_type : prev?.scope_type, 'scope_id' in v ? v.scope_id : prev?.scope_id);
        },
      },
    }),
    defineResource({ slug: 'vlans', model: VLAN, serializer: vlanSerializer, filterSet: vlanFilterSet }),
    defineResource({
      slug: 'vlan-translation-policies', model: VLANTranslationPolicy,
      serializer: vlanTranslationPolicySerializer, filterSet: vlanTranslationPolicyFilterSet,
    }),
    defineResource({
      slug: 'vlan-translation-rules', model: VLANTranslationRule,
      serializer: vlanTranslationRuleSerializer, filterSet: vlanTranslationRuleFilterSet,
    }),
  ],
  routes: availableVlanRoutes,
  choices: [VLANStatusChoices, VLANQinQRoleChoices],
  // NetBox's ipam/search.py weights and display attributes.
  searchIndexes: [
    defineSearchIndex(VLANGroup, { fields: { name: 100, slug: 110, description: 500 }, display: ['scope_type', 'description'] }),
    defineSearchIndex(VLAN, {
      fields: { name: 100, vid: 100, description: 500, comments: 5000 },
      display: ['site', 'group', 'tenant', 'status', 'role', 'description'],
    }),
    defineSearchIndex(VLANTranslationPolicy, { fields: { name: 100, description: 500, comments: 5000 }, display: ['description'] }),
    defineSearchIndex(VLANTranslationRule, { fields: { description: 500 }, display: ['policy', 'local_vid', 'remote_vid', 'description'] }),
  ],
  migrations: {
    '20260303000200_create_vlan_tables': createVlanTables,
    '20260303000250_interface_vlans': interfaceVlans,
  },
  serializerFields: [
    // An interface's 802.1Q fields and VRF, at their places in the reference's Interface.
    {
      model: 'dcim.interface', name: 'untagged_vlan', after: 'tx_power',
      spec: field.related(() => VLAN, { nullable: true, default: null, onDelete: 'set_null' }),
    },
    {
      model: 'dcim.interface', name: 'tagged_vlans', after: 'untagged_vlan',
      spec: field.many(() => VLAN, { table: 'dcim_interface_tagged_vlans', from: 'interface_id', to: 'vlan_id' }),
    },
    {
      model: 'dcim.interface', name: 'qinq_svlan', after: 'tagged_vlans',
      spec: field.related(() => VLAN, { nullable: true, default: null, onDelete: 'set_null' }),
    },
    {
      model: 'dcim.interface', name: 'vlan_translation_policy', after: 'qinq_svlan',
      spec: field.related(() => VLANTranslationPolicy, { nullable: true, default: null, onDelete: 'protect' }),
    },
    {
      model: 'dcim.interface', name: 'vrf',
      after: ['wireless_lans', 'link_peers_type', 'link_peers', 'wireless_link', 'cable_end', 'cable', 'mark_connected'],
      spec: field.related(() => VRF, { nullable: true, default: null, onDelete: 'set_null' }),
    },
    // The reference's Tenant: …site_count, virtualmachine_count, vlan_count, vrf_count…; Site: …virtualmachine_count, vlan_count.
    { model: 'tenancy.tenant', name: 'vlan_count', spec: field.count(() => VLAN, 'tenant_id'), after: ['virtualmachine_count', 'site_count'] },
    { model: 'dcim.site', name: 'vlan_count', spec: field.count(() => VLAN, 'site_id'), after: ['virtualmachine_count', 'rack_count'] },
  ],
  filters: [
    {
      // NetBox's InterfaceFilterSet: vlan_id / vlan (VID) match untagged or tagged; vrf by RD; translation policy by name.
      model: 'dcim.interface',
      filters: {
        vlan_id: interfaceVlanFilter('id'),
        vlan: interfaceVlanFilter('vid'),
        vrf: relation(() => VRF, { by: 'rd' }),
        vlan_translation_policy: relation(() => VLANTranslationPolicy, { by: 'name' }),
      },
    },
  ],
  setup(ctx) {
    // NetBox's InterfaceSerializer.validate() and BaseInterface.clean()/save() for the fields added above.
    ctx.signals.on('post_save', async ({ row, trx }) => {
      const device = await trx('dcim_device').select('site_id').where('id', row.device_id as number).first();
      await enforceInterfaceVlans(trx, {
        row,
        tagged: { table: 'dcim_interface_tagged_vlans', from: 'interface_id', to: 'vlan_id' },
        parentSiteId: device?.site_id == null ? null : Number(device.site_id),
        parentNoun: 'device',
      });
    }, { model: 'dcim.interface' });
    // NetBox's scope models hold their VLAN groups in a GenericRelation: deleting the scope deletes
    // them (and is refused while one of them still has VLANs, VLAN.group being PROTECT).
    ctx.signals.on('pre_delete', async ({ model, row, trx }) => {
      if (!VLANGROUP_SCOPE_TYPES.includes(model.label)) return;
      const groups = trx('ipam_vlangroup').select('id').where({ scope_type: model.label, scope_id: row.id as number });
      const used = await trx('ipam_vlan').count({ n: '*' }).whereIn('group_id', groups);
      const n = Number((used[0] as { n: unknown }).n);
      if (n > 0) throw conflict(`Unable to delete object. ${n} dependent objects were found: VLANs (${n})`);
      await trx('ipam_vlangroup').where({ scope_type: model.label, scope_id: row.id as number }).delete();
    });
    // A policy still applied by an interface is protected (the foreign key is dcim's column, not a model field).
    ctx.signals.on('pre_delete', async ({ row, trx }) => {
      const used = await trx('dcim_interface').count({ n: '*' }).where('vlan_translation_policy_id', row.id as number);
      const n = Number((used[0] as { n: unknown }).n);
      if (n > 0) throw conflict(`Unable to delete object. ${n} dependent objects were found: interfaces (${n})`);
    }, { model: 'ipam.vlantranslationpolicy' });
  },
};
