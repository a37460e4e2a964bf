/** String fields with Django's validators: EmailField and URLField (their messages, their limits). */
import { field, FieldValueError, type FieldSpec } from '@patchbay/core';

// Django's EmailValidator in short: a dot-atom or quoted local part, a domain with a dot (or a literal).
const EMAIL = /^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*|"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*")@(?:(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z0-9-]{2,63}(?<!-)|\[[^\]\s]+\])$/i;

/** Django's URLValidator schemes. */
const SCHEMES = new Set(['http:', 'https:', 'ftp:', 'ftps:']);

function withCheck(base: FieldSpec, ok: (v: string) => boolean, message: string): FieldSpec {
  return {
    ...base,
    parse(value) {
      const v = base.parse!(value);
      if (typeof v === 'string' && v !== '' && !ok(v)) throw new FieldValueError([message]);
      return v;
    },
  };
}

/** An optional e-mail address (models.EmailField(blank=True): 254 characters). */
export function emailField(): FieldSpec {
  return withCheck(field.string({ maxLength: 254, default: '', schema: { type: 'string', format: 'email', maxLength: 254 } }),
    (v) => EMAIL.test(v), 'Enter a valid email address.');
}

/** An optional URL (models.URLField(blank=True): 200 characters, http(s)/ftp(s) with a host). */
export function urlField(): FieldSpec {
  return withCheck(field.string({ maxLength: 200, default: '', schema: { type: 'string', format: 'uri', maxLength: 200 } }), (v) => {
    if (/\s/.test(v)) return false;
    try {
      const u = new URL(v);
      return SCHEMES.has(u.protocol) && u.hostname !== '';
    } catch {
      return false;
    }
  }, 'Enter a valid URL.');
}
