/**
 * A test-only plugin that vetoes some ACL writes from inside their transaction, to prove that
 * everything a write does (cascaded rule deletes, renumbering) rolls back together.
 */
import { definePlugin, ValidationError } from '@patchbay/core';

/** Access lists with this name refuse deletion (after their rows are already gone, in the transaction). */
export const LOCKED_NAME = 'locked';
/** Rules refuse to take this index. */
export const FORBIDDEN_INDEX = 666;

export const aclGuardPlugin = definePlugin({
  name: 'acl-guard',
  version: '1.0.0',
  compatibility: '*',
  dependsOn: ['acl'],
  setup({ signals }) {
    signals.on('post_delete', ({ row }) => {
      if (row.name === LOCKED_NAME) throw ValidationError.nonField('This access list is locked.');
    }, { model: 'acl.accesslist' });
    signals.on('pre_save', ({ row }) => {
      if (row.index === FORBIDDEN_INDEX) throw ValidationError.field('index', `Index ${FORBIDDEN_INDEX} is reserved.`);
    }, { model: 'acl.accesslistrule' });
  },
});
