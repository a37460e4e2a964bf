/** The shared template renderer (templating/render.ts): Jinja behaviour and the sandbox. */
import { describe, expect, it } from 'vitest';
import { TemplateRenderError, renderTemplate, validateTemplate } from '../../src/templating/render.js';

describe('renderTemplate', () => {
  it('renders Jinja syntax over plain data, dropping one trailing newline as Jinja does', () => {
    const code = '{% for s in queryset %}{{ s.name | upper }}{% if not loop.last %},{% endif %}{% endfor %}\n';
    expect(renderTemplate(code, { queryset: [{ name: 'a' }, { name: 'b' }] })).toBe('A,B');
    expect(renderTemplate('x\n', {}, { environmentParams: { keep_trailing_newline: true } })).toBe('x\n');
    expect(renderTemplate("{{ d.items() | list | length }} {{ [1, 2, 3][1:] | join('-') }} {{ True }}", { d: { a: 1 } })).toBe('1 2-3 true');
  });

  it('honours trim_blocks / lstrip_blocks and leaves escaping off unless asked', () => {
    expect(renderTemplate('{% if true %}\n  x{% endif %}', {}, { environmentParams: { trim_blocks: true } })).toBe('  x');
    expect(renderTemplate('{{ v }}', { v: '<b>' })).toBe('<b>');
    expect(renderTemplate('{{ v }}', { v: '<b>' }, { environmentParams: { autoescape: true } })).toBe('&lt;b&gt;');
  });

  it('refuses the ways out of the sandbox', () => {
    expect(() => renderTemplate("{{ range.constructor('return process')() }}", {})).toThrow(TemplateRenderError);
    expect(renderTemplate("{{ ''.constructor }}{{ x.__proto__ }}{{ constructor }}", { x: {} })).toBe('');
    expect(() => renderTemplate('{% for i in range(1000000) %}{% endfor %}', {})).toThrow(/Range too big/);
    expect(() => renderTemplate('{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}', {}, { timeoutMs: 200 }))
      .toThrow('Template rendering timed out.');
    expect(() => renderTemplate('{% for i in range(1000) %}xxxxxxxxxx{% endfor %}', {}, { maxOutput: 100 })).toThrow('Rendered template is too large.');
    expect(() => renderTemplate('{% include "/etc/passwd" %}', {})).toThrow(TemplateRenderError);
  });
});

describe('validateTemplate', () => {
  it('answers null for valid code and the syntax error otherwise', () => {
    expect(validateTemplate('{{ a }}{% for x in y %}{% endfor %}')).toBeNull();
    expect(validateTemplate('{% for x in y %}')).toMatch(/unexpected end of file/);
    expect(validateTemplate('{{ a | }}')).toMatch(/Line 1/);
  });
});
