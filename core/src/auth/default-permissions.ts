/**
 * Permissions every authenticated user holds without any assignment (NetBox's DEFAULT_PERMISSIONS):
 * each user may view, create, change and delete their own API tokens. `$user` is the user's id.
 */
import type { Constraint } from './constraints.js';

export const DEFAULT_PERMISSIONS: Readonly<Record<string, Readonly<Record<string, readonly Constraint[]>>>> = Object.freeze({
  'users.token': Object.freeze({
    view: [{ user: '$user' }],
    add: [{ user: '$user' }],
    change: [{ user: '$user' }],
    delete: [{ user: '$user' }],
  }),
});

/** The default constraint sets for an action on a model (empty when there is no default). */
export function defaultConstraints(label: string, action: string): readonly Constraint[] {
  return DEFAULT_PERMISSIONS[label]?.[action] ?? [];
}
