/** A text field holding Jinja template code, refused at write time when it does not compile. */
import { FieldValueError, field, type FieldSpec } from '@patchbay/core';
import { validateTemplate } from '../templating/render.js';

/** `field.text` that also compiles the template (a 400 naming the field beats a 500 at render time). */
export function templateField(opts: { required?: boolean; default?: string; description?: string } = {}): FieldSpec {
  const base = field.text(opts);
  return {
    ...base,
    parse(value) {
      const text = base.parse!(value);
      if (typeof text === 'string' && text !== '') {
        const error = validateTemplate(text);
        if (error) throw new FieldValueError([`Invalid template: ${error}`]);
      }
      return text;
    },
  };
}
