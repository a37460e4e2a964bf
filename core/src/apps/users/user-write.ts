/**
 * Write steps of `/api/users/users/`: the written password is stored only as an Argon2id hash,
 * and superuser status stays with superusers: only one may grant or revoke it, or change a
 * superuser's account (else resetting an admin's password would hand over the admin's rights).
 */
import type { WriteHooks } from '../../api/resource.js';
import { forbidden } from '../../errors.js';
import { hashPassword } from '../../auth/passwords.js';

export const userWriteHooks: WriteHooks = {
  async beforeSave({ c, parsed, prev }) {
    const v = parsed.values;
    if (!c.user?.is_superuser) {
      if (prev?.is_superuser) throw forbidden('Only a superuser may change a superuser account.');
      if (v.is_superuser !== undefined && Boolean(v.is_superuser) !== Boolean(prev?.is_superuser ?? false))
        throw forbidden('Only a superuser may grant or revoke superuser status.');
    }
    if (typeof v.password === 'string') v.password = await hashPassword(v.password);
  },
};
