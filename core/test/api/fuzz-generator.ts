/**
 * A deterministic generator of malformed API requests against the ACL plugin's endpoints: a
 * seeded PRNG picks garbage for every writable field, whole-body garbage, broken bulk arrays,
 * raw bodies that are not JSON, wrong content types, bad detail ids and hostile query strings.
 * The same seed always yields the same requests, so a failure names a reproducible case.
 */

/** mulberry32: a tiny seeded PRNG (no dependency), good enough to pick cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One request the fuzz test sends; `raw` bodies go out byte for byte with `headers`. */
export interface FuzzCase {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  path: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  /** The request is invalid whatever the data: it must be refused (4xx), never accepted. */
  mustReject?: boolean;
}

/** What the generator needs to know about the seeded data. */
export interface FuzzWorld {
  listsUrl: string;
  rulesUrl: string;
  /** An extended list the rules hang off, a standard list, and rules. */
  extendedListId: number;
  standardListId: number;
  ruleIds: number[];
  /** A name two access lists share, so an FK dict `{name}` matches several. */
  duplicateName: string;
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Scalars of every JSON type that no field should take blindly. */
export const GARBAGE_SCALARS: readonly unknown[] = [
  null, true, false, 0, -1, -0.5, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 9223372036854775807, 1e21,
  '', ' ', 'x', '-1', '1.5', '1e3', 'NaN', 'null', 'true', '名前', '🙂'.repeat(120), 'a\u0000b', '\u0000',
  '\uD800', 'a'.repeat(600), 'x'.repeat(200_000), '<script>alert(1)</script>', "'; drop table x; --", '%_\\',
  '10.0.0.0/33', '10.0.0.1/8', '::/129', 'fe80::1%eth0/64', '999.1.1.1/8', '10/8', '1.2.3.4', '167772160/8',
  'dcim.device', 'users.group', 'nope.nope', 'a.b.c', 'deny', 'standard',
];

/** Objects and arrays: empty, nested, FK dicts that match nothing or several, id dicts with bad ids. */
export function garbageComposites(w: FuzzWorld): unknown[] {
  return [
    {}, { a: 1 }, [], [1], [null], ['x'], [[]], [{}], [1.5], [-1], [70000], ['22'], [2 ** 40],
    { id: 'x' }, { id: -1 }, { id: 1.5 }, { id: 2 ** 70 }, { id: null }, { id: [1] }, { id: w.extendedListId },
    { name: 'no-such-list' }, { name: w.duplicateName }, { name: { name: 'x' } }, { name: ['x'] }, { name: null },
    { type: 'standard' }, { no_such_attribute: 1 }, { access_list: { name: 'x' } }, { tags: [1] },
    nested(60), Array.from({ length: 2000 }, (_, i) => i),
  ];
}

/** Any garbage value: a scalar most of the time, a composite otherwise. */
function garbage(rand: () => number, w: FuzzWorld): unknown {
  return rand() < 0.6 ? pick(rand, GARBAGE_SCALARS) : pick(rand, garbageComposites(w));
}

/** Writable fields, then keys a write ignores or treats specially (read-only fields, the change-log message). */
const EXTRA_KEYS = ['changelog_message', 'id', 'url', 'display', 'created', 'last_updated'];
const LIST_FIELDS = ['name', 'assigned_object_type', 'assigned_object_id', 'type', 'default_action', 'description', 'comments', 'tags', 'custom_fields'];
const RULE_FIELDS = [
  'access_list', 'index', 'action', 'remark', 'protocol', 'source_prefix', 'source_ports', 'destination_prefix',
  'destination_ports', 'description', 'comments', 'tags', 'custom_fields',
];

/** Bodies, methods and URLs for writes: every field given garbage, whole-body garbage, bulk mixes, bad ids. */
export function writeCases(seed: number, w: FuzzWorld): FuzzCase[] {
  const rand = prng(seed);
  const out: FuzzCase[] = [];
  let n = 0;
  const goodList = () => ({ name: `fuzz-${++n}`, type: 'extended' });
  const goodRule = () => ({ access_list: w.extendedListId, index: 100000 + ++n, action: 'permit', protocol: 'tcp', source_prefix: '10.0.0.0/8', destination_ports: [22] });
  const resources = [
    { url: w.listsUrl, fields: LIST_FIELDS, extra: [...EXTRA_KEYS, 'rule_count', 'assigned_object'], good: goodList, ids: [w.extendedListId, w.standardListId] },
    { url: w.rulesUrl, fields: RULE_FIELDS, extra: EXTRA_KEYS, good: goodRule, ids: w.ruleIds },
  ];

  for (const r of resources) {
    // Every field (and every ignored key), several garbage values each, on create, full update and partial update.
    for (const f of [...r.fields, ...r.extra]) {
      for (let k = 0; k < 6; k++) {
        const value = garbage(rand, w);
        out.push({ label: `POST ${f}=${short(value)}`, method: 'POST', path: r.url, body: { ...r.good(), [f]: value } });
      }
      for (let k = 0; k < 3; k++) {
        const value = garbage(rand, w);
        const id = pick(rand, r.ids);
        out.push({ label: `PATCH ${f}=${short(value)}`, method: 'PATCH', path: `${r.url}${id}/`, body: { [f]: value } });
      }
      const value = garbage(rand, w);
      out.push({ label: `PUT ${f}=${short(value)}`, method: 'PUT', path: `${r.url}${pick(rand, r.ids)}/`, body: { ...r.good(), [f]: value } });
    }
    // The whole body is the wrong thing.
    for (const body of [null, 0, 'x', true, [], [null], [[]], [1, 2], ['x'], nested(200)])
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        out.push({ label: `${method} list body=${short(body)}`, method, path: r.url, body, mustReject: true });
        // A detail DELETE ignores its body (and would delete the fixture), so only updates are sent.
        if (method === 'PUT' || method === 'PATCH')
          out.push({ label: `${method} detail body=${short(body)}`, method, path: `${r.url}${r.ids[0]}/`, body, mustReject: Array.isArray(body) || typeof body !== 'object' || body === null || method === 'PUT' });
      }
    // Bulk create mixing good and bad items: nothing may be written.
    for (let k = 0; k < 8; k++) {
      const items: unknown[] = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => r.good());
      // `{x: 1}` is wrong for every field (no string, number, list, choice or reference takes it).
      items.splice(Math.floor(rand() * items.length), 0, rand() < 0.5 ? { ...r.good(), [pick(rand, r.fields)]: { x: 1 } } : garbage(rand, w));
      out.push({ label: `POST bulk mixed #${k}`, method: 'POST', path: r.url, body: items, mustReject: true });
    }
    // A bulk create whose items collide with each other (the same name and object; the same rule index).
    const twin = r.good();
    out.push({ label: 'POST bulk twins', method: 'POST', path: r.url, body: [twin, { ...twin }], mustReject: r.url === w.rulesUrl });
    // Bulk update / delete with bad ids mixed into good ones.
    const badIds: unknown[] = [null, 'x', -1, 0, 1.5, 2 ** 63, '9223372036854775808', 999999, [], {}, true];
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      for (let k = 0; k < 5; k++) {
        const items: unknown[] = r.ids.slice(0, 2).map((id) => (method === 'DELETE' ? { id } : { id, description: `bulk-${k}` }));
        const bad = pick(rand, badIds);
        const badField = method === 'PATCH' && rand() < 0.5;
        items.splice(Math.floor(rand() * (items.length + 1)), 0, badField ? { id: r.ids[2] ?? r.ids[0], [pick(rand, r.fields)]: garbage(rand, w) } : { id: bad });
        out.push({ label: `${method} bulk bad id ${short(bad)}`, method, path: r.url, body: items, mustReject: !badField });
      }
      out.push({ label: `${method} bulk duplicate ids`, method, path: r.url, body: [{ id: r.ids[0] }, { id: r.ids[0] }], mustReject: true });
      out.push({ label: `${method} bulk empty`, method, path: r.url, body: [], mustReject: true });
      out.push({ label: `${method} bulk object`, method, path: r.url, body: { id: r.ids[0] }, mustReject: true });
    }
    // PATCH where one item is fine and another's field is invalid: all-or-nothing.
    out.push({ label: 'PATCH bulk one bad field', method: 'PATCH', path: r.url, body: [{ id: r.ids[0], description: 'ok' }, { id: r.ids[1] ?? r.ids[0], description: 'x'.repeat(300) }], mustReject: true });
    // Detail URLs with ids that are not ids, and writes to the list URL's detail form.
    for (const id of ['-1', '0', '1.5', 'abc', '1e3', '99999999999999999999', '%00', '%E0%A4%A', '1;drop', '0x10', ' 1', '999999'])
      for (const method of ['GET', 'PUT', 'PATCH', 'DELETE'] as const)
        out.push({ label: `${method} detail id=${id}`, method, path: `${r.url}${id}/`, body: method === 'GET' || method === 'DELETE' ? undefined : r.good(), mustReject: true });
    out.push({ label: 'POST detail', method: 'POST', path: `${r.url}${r.ids[0]}/`, body: r.good(), mustReject: true });
  }

  // FK dicts for the rule's access list that match nothing, several, or are malformed.
  for (const al of garbageComposites(w)) {
    const valid = typeof al === 'object' && al !== null && (al as { id?: unknown }).id === w.extendedListId;
    out.push({ label: `POST rule access_list=${short(al)}`, method: 'POST', path: w.rulesUrl, body: { ...goodRule(), access_list: al }, mustReject: !valid });
  }

  // Raw bodies: broken JSON, JSON that is not an object, and bodies under the wrong content type.
  // [body, headers, refused whatever the method]: only an empty body and a JSON dialect parse to something a PATCH accepts.
  const json = { 'content-type': 'application/json' };
  const raws: [string, Record<string, string>, boolean?][] = [
    ['{', json], ['{"name":', json], ['nul', json], ['[1,', json], ["{'name': 'x'}", json], ['\u0000', json],
    ['NaN', json], ['{"name": NaN}', json], ['1', json], ['"str"', json], ['true', json], ['null', json], ['', json, false],
    ['{"name": "x", "type": "extended"}}', json], ['{"__proto__": {"name": "p", "type": "extended"}}', json, false],
    ['{"constructor": {"prototype": {"polluted": 1}}, "name": "c", "type": "bogus"}', json],
    ['{"name": "\\ud800", "type": "bogus"}', json], ['{"name": "a\\u0000b", "type": "extended"}', json],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'text/plain' }],
    ['name=x&type=extended', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['<acl><name>x</name></acl>', { 'content-type': 'application/xml' }],
    ['--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n', { 'content-type': 'multipart/form-data; boundary=b' }],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'application/json; charset=latin1' }, false],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'application/json; charset=nonsense' }, false],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'application/json', 'content-encoding': 'br' }],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'application/json', 'content-encoding': 'bogus' }],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'bogus' }],
    ['{"name": "x", "type": "extended"}', { 'content-type': 'application/json-patch+json' }, false],
    [`{"name": "${'x'.repeat(11 * 1024 * 1024)}", "type": "extended"}`, json],
  ];
  for (const [raw, headers, refused = true] of raws)
    for (const [method, path] of [['POST', w.listsUrl], ['PATCH', `${w.listsUrl}${w.extendedListId}/`], ['PUT', w.listsUrl], ['DELETE', w.listsUrl]] as const) {
      if (raw.length > 1_000_000 && method !== 'POST') continue;
      const label = `${method} raw ${short(raw)} (${headers['content-type']}${headers['content-encoding'] ? ` ${headers['content-encoding']}` : ''})`;
      out.push({ label, method, path, raw, headers, mustReject: refused || method !== 'POST' && method !== 'PATCH' });
    }

  // Conditional writes with malformed preconditions.
  for (const ifMatch of ['garbage', 'W/"', '*, W/"x"', 'W/"2000-01-01T00:00:00.000Z"', 'x'.repeat(4000), ','])
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const)
      out.push({ label: `${method} If-Match: ${short(ifMatch)}`, method, path: `${w.listsUrl}${w.standardListId}/`, body: method === 'DELETE' ? undefined : { name: 'fuzz-standard', type: 'standard' }, headers: { 'if-match': ifMatch }, mustReject: true });

  // The plugin's custom route takes a body too.
  for (const body of [null, [], 'x', { start: 'x' }, { start: -1 }, { step: 1.5 }, { start: 2 ** 40 }, { start: 1e308 }, { start: 2_000_000_000, step: 100000 }])
    out.push({ label: `POST renumber ${short(body)}`, method: 'POST', path: `${w.listsUrl}${w.extendedListId}/renumber/`, body, mustReject: true });
  for (const id of ['abc', '-1', '99999999999999999999', '999999'])
    out.push({ label: `POST renumber id=${id}`, method: 'POST', path: `${w.listsUrl}${id}/renumber/`, body: {}, mustReject: true });
  return out;
}

/** Hostile query strings for list GETs (and a few OPTIONS / unknown URLs). */
export function queryCases(seed: number, w: FuzzWorld): FuzzCase[] {
  const rand = prng(seed);
  // A leading "!" marks a parameter set that is invalid whatever the data: it must answer 400.
  const lists = [
    '!nosuchfilter=1', '!name__gt=a', '!name__bogus=1', '!name__n__n=1', '!__=1', '!name__=x', '!=x', '!name____ic=x', '!q__ic=x',
    '!id=abc', '!id=1.5', 'id=-1', '!id=99999999999999999999', '!id=1e3', '!id=0x10', '!id=%00', '!id__gt=abc', '!id__lte=9223372036854775808',
    '!name=%00', '!name=a%00b', '!name__ic=%00', '!name__regex=(', '!name__regex=[', '!name__iregex=*', '!name__regex=(?<x', 'name__regex=' + encodeURIComponent('(a+)+$'),
    '!name__regex=\\', '!name__empty=maybe', 'name__empty=', '!type=bogus', '!type__n=bogus', 'type__ic=%', 'default_action=null',
    '!assigned_object_id=abc', '!assigned_object_id__gt=99999999999999999999999', '!assigned_object_type__regex=)',
    '!created=garbage', '!created__gte=2020-13-45', '!created__gte=+275760-09-13', '!created__lt=99999-01-01', '!created=1', '!last_updated__gt=%00',
    '!limit=abc', '!limit=-1', '!limit=1.5', 'limit=99999999999999999999', '!offset=-5', '!offset=99999999999999999999', '!offset=1e3',
    '!limit=1&limit=abc', '!start=abc', '!start=-1', '!start=1&offset=1', '!start=1&ordering=name', '!start=99999999999999999999',
    'ordering=-', 'ordering=,,,', 'ordering=--name', 'ordering=name;drop', 'ordering=rule_count', 'ordering=assigned_object',
    'ordering=tags', 'ordering=custom_fields', 'ordering=-id,name,,-', 'ordering=%00', 'ordering=name&ordering=-name',
    'brief=%00', 'brief=maybe', 'fields=%00,,x', 'fields=rule_count,nope', 'omit=id,url,display', 'exclude=%ZZ',
    'q=%25', 'q=_', 'q=%5C', '!q=%00', 'q=' + 'x'.repeat(5000), 'q=%ZZ%', 'q=%E0%A4%A', '!%ZZ=1', 'name=%ZZ', 'name=%E0%A4%A',
    '!tag=nope', '!tag__n=nope', '!cf_nope=1', 'format=xml', '!name=a&name=b&name=%00', '!id=1&id=abc',
  ];
  const rules = [
    '!access_list_id=abc', '!access_list_id=-1', '!access_list_id=99999999999999999999', '!access_list_id=1.5', 'access_list_id=null',
    '!access_list=no-such-list', '!access_list=%00', '!access_list_id__n=abc', '!access_list__n=nope', '!access_list_id__gt=1', '!access_list__ic=x',
    'access_list=' + encodeURIComponent(w.duplicateName), '!index=abc', 'index=3000000000', '!index__gt=99999999999999999999', 'index__lt=-3000000000',
    '!index=1.5', '!action=bogus', '!protocol=%00', '!access_list_id=999999',
    '!source_prefix=garbage', '!source_prefix=10.0.0.0/33', 'source_prefix=10.0.0.1/8', '!source_prefix=167772160/8', '!source_prefix=10/8',
    '!source_prefix=fe80::1%25eth0/64', '!source_prefix=::/129', '!source_prefix__net_contained=x', '!source_prefix__net_contains=300.0.0.0',
    'source_prefix__net_contained_or_equal=10.0.0.1', '!destination_prefix__net_contains_or_equals=%00', '!source_prefix__ic=10',
    '!source_prefix__empty=nope', '!source_ports=abc', '!source_ports=99999999999', '!source_ports=1.5', 'source_ports=-1', '!source_ports__gt=1',
    '!destination_ports=22&destination_ports=abc',
  ];
  const changes = [
    '!request_id=garbage', 'request_id=00000000-0000-0000-0000-000000000000', '!time__gte=junk', '!user=nobody', '!user_id=abc', '!user_id=999999',
    'user_id=null', '!changed_object_type__regex=(', '!changed_object_id=abc', '!action=explode', 'action=create&action=delete', '!ordering=time&start=1',
  ];
  const strip = (q: string) => q.replace(/^!/, '');
  const out: FuzzCase[] = [];
  for (const q of lists) out.push({ label: `GET lists ?${q}`, method: 'GET', path: `${w.listsUrl}?${strip(q)}`, mustReject: q.startsWith('!') });
  for (const q of rules) out.push({ label: `GET rules ?${q}`, method: 'GET', path: `${w.rulesUrl}?${strip(q)}`, mustReject: q.startsWith('!') });
  for (const q of changes) out.push({ label: `GET object-changes ?${q}`, method: 'GET', path: `/api/core/object-changes/?${strip(q)}`, mustReject: q.startsWith('!') });
  // Random combinations of the above, repeated parameters included (validity then depends on the mix, so unasserted).
  for (let k = 0; k < 60; k++) {
    const useRules = rand() < 0.5;
    const pool = (useRules ? [...rules, ...lists.filter((q) => !/^!?(name|type)/.test(q))] : lists).map(strip);
    const parts = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(rand, pool));
    out.push({ label: `GET combo ${parts.join('&')}`, method: 'GET', path: `${useRules ? w.rulesUrl : w.listsUrl}?${parts.join('&')}` });
  }
  for (const q of ['limit=abc', 'id=abc', 'nosuchfilter=1', 'brief=1&fields=%00'])
    out.push({ label: `GET detail ?${q}`, method: 'GET', path: `${w.listsUrl}${w.extendedListId}/?${q}` });
  for (const path of ['/api/plugins/acl/nope/', '/api/nope', '/nope', '/api/plugins/acl/access-lists/1/x/', '/api/%E0%A4%A/', '/api/plugins/acl/access-lists/%00/',
    '/api/plugins/acl/_choices/nope/', '/api/plugins/acl/_choices/%ZZ/', '/api//plugins//acl/', '/api/core/object-changes/abc/'])
    out.push({ label: `GET ${path}`, method: 'GET', path, mustReject: true });
  out.push({ label: 'OPTIONS with junk', method: 'OPTIONS', path: `${w.listsUrl}?%ZZ=%00` });
  out.push({ label: 'POST object-changes (read-only)', method: 'POST', path: '/api/core/object-changes/', body: { action: 'create' }, mustReject: true });
  out.push({ label: 'DELETE object-changes (read-only)', method: 'DELETE', path: '/api/core/object-changes/1/', mustReject: true });
  for (const auth of ['Token', 'Token a b', 'Token ' + 'f'.repeat(40), 'Bearer x', 'Bearer nbt_.', 'Bearer nbt_abc.def', 'Basic YTpi', 'Token ' + 'x'.repeat(8000), 'Bearer nbt_' + 'k'.repeat(500) + '.s'])
    out.push({ label: `GET with Authorization: ${short(auth)}`, method: 'GET', path: w.listsUrl, headers: { authorization: auth }, mustReject: true });
  return out;
}

/** A short printable form of a value for case labels. */
export function short(v: unknown): string {
  const s = v === undefined ? 'undefined' : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…(${s.length})` : s;
}
