/** Writes object changes (NetBox's ObjectChange) in the same transaction as the change itself. */
import type { Knex } from 'knex';

export type ChangeAction = 'create' | 'update' | 'delete';

export interface ObjectChangeInput {
  action: ChangeAction;
  objectType: string;
  objectId: number;
  objectRepr: string;
  prechange: unknown;
  postchange: unknown;
  requestId: string;
  userId: number | null;
  userName: string;
  message?: string;
  relatedType?: string | null;
  relatedId?: number | null;
}

export const OBJECT_CHANGE_TABLE = 'core_objectchange';

/**
 * Rows per INSERT: PostgreSQL takes at most 65,535 bind parameters per statement and a change row
 * binds 12, so a bulk request of more than ~5,400 objects must be split.
 */
const CHANGES_PER_STATEMENT = 4000;

/** Inserts the change rows in one statement per 4,000 (a bulk request writes them together). */
export async function writeObjectChanges(trx: Knex.Transaction, changes: ObjectChangeInput[]): Promise<void> {
  for (let i = 0; i < changes.length; i += CHANGES_PER_STATEMENT) await insertChanges(trx, changes.slice(i, i + CHANGES_PER_STATEMENT));
}

async function insertChanges(trx: Knex.Transaction, changes: ObjectChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  await trx(OBJECT_CHANGE_TABLE).insert(
    changes.map((c) => ({
      time: trx.fn.now(),
      user_id: c.userId,
      user_name: c.userName.slice(0, 150),
      request_id: c.requestId,
      action: c.action,
      changed_object_type: c.objectType,
      changed_object_id: c.objectId,
      related_object_type: c.relatedType ?? null,
      related_object_id: c.relatedId ?? null,
      object_repr: c.objectRepr.slice(0, 200),
      message: (c.message ?? '').slice(0, 200),
      prechange_data: c.prechange === null ? null : JSON.stringify(c.prechange),
      postchange_data: c.postchange === null ? null : JSON.stringify(c.postchange),
    })),
  );
}
