/**
 * Write steps of `/api/users/users/`: the written password is stored only as an Argon2id hash,
 * and only a superuser may grant or revoke superuser status.
 */
import type { WriteHooks } from '../../api/resource.js';
import { forbidden } from '../../errors.js';
import { hashPassword } from '../../auth/passwords.js';

export const userWriteHooks: WriteHooks = {
  async beforeSave({ c, parsed, prev }) {
    const v = parsed.values;
    if (typeof v.password === 'string') v.password = await hashPassword(v.password);
    const superuserChange = v.is_superuser !== undefined && Boolean(v.is_superuser) !== Boolean(prev?.is_superuser ?? false);
    if (superuserChange && !c.user?.is_superuser) throw forbidden('Only a superuser may grant or revoke superuser status.');
  },
};
