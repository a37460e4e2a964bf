/**
 * The generated OpenAPI document, checked structurally: a valid 3.1 document (@readme/openapi-parser),
 * every resource with exactly the methods the viewset mounts, NetBox-named component schemas
 * with the right types and required lists, every `$ref` resolvable, and every documented filter
 * parameter accepted by the server — so the document and the API cannot drift apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileErrors, validate } from '@readme/openapi-parser';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { PATCHBAY_VERSION } from '@patchbay/core';

const LISTS = '/api/plugins/acl/access-lists/';
const RULES = '/api/plugins/acl/access-list-rules/';

type Doc = Record<string, any>;

/** Every `$ref` string anywhere in a value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  return out;
}

/** Follows a local JSON pointer (`#/components/schemas/X`); undefined when it leads nowhere. */
function resolvePointer(doc: Doc, pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let at: any = doc;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !(key in at)) return undefined;
    at = at[key];
  }
  return at;
}

/** A valid value for one documented query parameter, from its schema alone. */
function sampleValue(param: { name: string; schema: any }, byName: Record<string, string>): string {
  if (byName[param.name]) return byName[param.name]!;
  if (param.name.endsWith('__empty')) return 'true';
  const s = param.schema.type === 'array' ? param.schema.items : param.schema;
  if (Array.isArray(s.enum)) return String(s.enum[0]);
  if (s.type === 'integer' || s.type === 'number') return '1';
  if (s.type === 'boolean') return 'true';
  if (s.format === 'date') return '2024-01-01';
  if (s.format === 'date-time') return '2024-01-01T00:00:00Z';
  if (s.format === 'uuid') return '6f1c2b7e-3a54-4c1e-9d2f-0b8a7c6d5e4f';
  // Valid for text lookups and for prefix filters alike.
  return '10.0.0.0/8';
}

describe('the generated OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;

  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin] });
    const res = await t.api.get('/api/schema/');
    expect(res.status).toBe(200);
    doc = res.body;
    const list = await t.api.post(LISTS, { name: 'edge', type: 'extended' });
    expect(list.status).toBe(201);
  });
  afterAll(async () => t?.close());

  it('is a valid OpenAPI 3.1 document with the version and both token schemes', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(PATCHBAY_VERSION);
    expect(doc.components.securitySchemes.Token).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(doc.components.securitySchemes.Bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ Token: [] }, { Bearer: [] }]);
    // validate() dereferences in place, so it gets a copy.
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? 'valid' : compileErrors(result)).toBe('valid');
    expect(result.warnings).toEqual([]);
  });

  it('documents every registered resource with exactly the methods its viewset serves', () => {
    const resources = t.patchbay.registry.resources.values();
    expect(resources.length).toBeGreaterThanOrEqual(2);
    for (const r of resources) {
      const list = doc.paths[`/api/${r.prefix}/${r.slug}/`];
      const detail = doc.paths[`/api/${r.prefix}/${r.slug}/{id}/`];
      expect(list, r.slug).toBeDefined();
      expect(detail, r.slug).toBeDefined();
      const methods = (item: Doc) => Object.keys(item).filter((k) => k !== 'parameters').sort();
      if (r.readOnly) {
        expect(methods(list), r.slug).toEqual(['get']);
        expect(methods(detail), r.slug).toEqual(['get']);
      } else {
        expect(methods(list), r.slug).toEqual(['delete', 'get', 'patch', 'post', 'put']);
        expect(methods(detail), r.slug).toEqual(['delete', 'get', 'patch', 'put']);
      }
    }
    expect(t.patchbay.registry.resources.values().some((r) => r.readOnly)).toBe(true);
    const ops = doc.paths[LISTS];
    expect(ops.get.operationId).toBe('plugins_acl_access_lists_list');
    expect(ops.get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PaginatedAccessListList' });
    // POST takes one object or a list of them
    expect(ops.post.requestBody.content['application/json'].schema.oneOf).toEqual([
      { $ref: '#/components/schemas/WritableAccessListRequest' },
      { type: 'array', items: { $ref: '#/components/schemas/WritableAccessListRequest' } },
    ]);
    expect(ops.put.requestBody.content['application/json'].schema.items).toEqual({ $ref: '#/components/schemas/AccessListRequest' });
    expect(doc.paths[`${LISTS}{id}/`].patch.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PatchedAccessListRequest' });
  });

  it('documents plugin custom routes as operations', () => {
    const op = doc.paths['/api/plugins/acl/access-lists/{id}/renumber/']?.post;
    expect(op).toBeDefined();
    expect(op.summary).toBe('Renumber the rules of an access list');
    expect(op.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }]);
  });

  it('describes a route\'s body and response when the route declares them', () => {
    const provision = doc.paths['/api/users/tokens/provision/'].post;
    expect(provision.requestBody.required).toBe(true);
    expect(provision.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(provision.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Token' });
    const renumber = doc.paths['/api/plugins/acl/access-lists/{id}/renumber/'].post;
    expect(renumber.responses['200'].content['application/json'].schema.items).toEqual({ $ref: '#/components/schemas/AccessListRule' });
  });

  it('names model schemas as NetBox does and types their fields from the field kinds', () => {
    const s = doc.components.schemas;
    const full = s.AccessList;
    expect(Object.keys(full.properties)).toEqual(t.patchbay.registry.serializers.require('acl.accesslist').fields);
    expect(full.required).toEqual(['id', 'url', 'display', 'name', 'type']);
    expect(full.properties.id).toEqual({ type: 'integer', readOnly: true });
    expect(full.properties.type.type).toBe('object');
    expect(full.properties.type.properties.value.enum).toEqual(['extended', 'standard']);
    expect(full.properties.default_action.type).toEqual(['object', 'null']);
    expect(full.properties.rule_count).toEqual({ type: 'integer', format: 'int64', readOnly: true });
    expect(full.properties.assigned_object.type).toEqual(['object', 'null']);
    expect(full.properties.assigned_object_id.type).toEqual(['integer', 'null']);
    expect(full.properties.created).toMatchObject({ type: ['string', 'null'], format: 'date-time', readOnly: true });
    expect(full.properties.custom_fields).toEqual({ type: 'object', additionalProperties: {} });
    expect(full.properties.tags.type).toBe('array');

    expect(Object.keys(s.BriefAccessList.properties)).toEqual(['id', 'url', 'display', 'name', 'description']);
    expect(s.BriefAccessList.required).toEqual(['id', 'url', 'display', 'name']);

    const writable = s.WritableAccessListRequest;
    expect(writable.required).toEqual(['name', 'type']);
    for (const readOnly of ['id', 'url', 'display', 'assigned_object', 'rule_count', 'created', 'last_updated'])
      expect(writable.properties, readOnly).not.toHaveProperty(readOnly);
    expect(writable.properties.name).toMatchObject({ type: 'string', minLength: 1, maxLength: 500 });
    expect(writable.properties.type).toMatchObject({ type: 'string', enum: ['extended', 'standard'] });
    expect(writable.properties.default_action).toMatchObject({ type: 'string', enum: ['deny', 'permit', ''], default: 'deny' });
    expect(s.PatchedAccessListRequest.required).toBeUndefined();
    expect(s.AccessListRequest.required).toEqual(['id', 'name', 'type']);

    const rule = s.AccessListRule;
    expect(rule.properties.access_list).toEqual({ $ref: '#/components/schemas/BriefAccessList' });
    expect(rule.properties.source_prefix.type).toEqual(['string', 'null']);
    expect(rule.properties.source_ports).toMatchObject({ type: ['array', 'null'], items: { type: 'integer', minimum: 0, maximum: 65535 } });
    const ruleWrite = s.WritableAccessListRuleRequest;
    expect(ruleWrite.required).toEqual(['access_list', 'index', 'action']);
    // a foreign key is written as an id or as attributes that identify the object
    expect(ruleWrite.properties.access_list.oneOf.map((o: Doc) => o.type)).toEqual(['integer', 'object']);

    // read-only resources get no request schemas
    expect(s.ObjectChange).toBeDefined();
    expect(s.WritableObjectChangeRequest).toBeUndefined();
  });

  it('resolves every $ref', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    const broken = [...new Set(refs)].filter((r) => resolvePointer(doc, r) === undefined);
    expect(broken).toEqual([]);
  });

  it('lists every filter with its generated lookups, plus the list controls', () => {
    const names = (path: string) => doc.paths[path].get.parameters.map((p: Doc) => p.name);
    const rules = names(RULES);
    for (const p of ['source_prefix__net_contained', 'destination_prefix__net_contains_or_equals', 'access_list_id', 'access_list_id__n',
      'access_list', 'access_list__n', 'remark__ic', 'remark__nisw', 'index__gte', 'action__n', 'source_ports', 'id__lt', 'created__gte', 'description__empty'])
      expect(rules, p).toContain(p);
    for (const p of ['limit', 'offset', 'start', 'ordering', 'brief', 'fields', 'omit', 'q']) expect(rules, p).toContain(p);
    expect(rules).not.toContain('source_ports__ic');
    expect(new Set(rules).size).toBe(rules.length);
    const lists = names(LISTS);
    for (const p of ['name__ic', 'name__nie', 'type__n', 'assigned_object_id__gt']) expect(lists, p).toContain(p);
    const empty = doc.paths[RULES].get.parameters.find((p: Doc) => p.name === 'source_prefix__empty');
    expect(empty.schema).toEqual({ type: 'boolean' });
    const action = doc.paths[RULES].get.parameters.find((p: Doc) => p.name === 'action');
    expect(action.schema).toEqual({ type: 'array', items: { type: 'string', enum: ['deny', 'permit', 'remark'] } });
  });

  it('documents only parameters the server accepts: each answers 200 with a valid value', async () => {
    const failures: string[] = [];
    for (const path of [LISTS, RULES]) {
      for (const param of doc.paths[path].get.parameters as { name: string; schema: Doc }[]) {
        const value = sampleValue(param, { access_list: 'edge', access_list__n: 'edge' });
        const res = await t.api.get(`${path}?${new URLSearchParams({ [param.name]: value })}`);
        if (res.status !== 200) failures.push(`${path} ${param.name}=${value} → ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
