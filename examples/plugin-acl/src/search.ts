/** Global search over access lists and rules (weights in NetBox's scale: lower is more relevant). */
import { defineSearchIndex } from '@patchbay/core';
import { AccessList } from './models/access-list.js';
import { AccessListRule } from './models/access-list-rule.js';

export const searchIndexes = [
  defineSearchIndex(AccessList, { fields: { name: 100, description: 500, comments: 5000 }, display: ['type', 'default_action'] }),
  defineSearchIndex(AccessListRule, { fields: { remark: 300, description: 500, source_prefix: 200, destination_prefix: 200 }, display: ['access_list', 'index'] }),
];
