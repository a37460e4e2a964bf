/**
 * What the conformance test compares between NetBox's OpenAPI document and ours, read the same
 * way from both: for every list endpoint, the object's keys in order, its brief keys, and its
 * filter parameters.
 */
export interface EndpointFacts {
  schema: string;
  fields: string[];
  brief: string[] | null;
  filters: string[];
}

type Doc = { paths: Record<string, any>; components: { schemas: Record<string, any> } };

/** Pagination and response-shaping parameters every list has; not filters. */
const NOT_FILTERS = new Set(['limit', 'offset', 'ordering', 'q', 'brief', 'fields', 'omit', 'exclude', 'format', 'cursor', 'start']);

const nameOf = (ref: string) => ref.split('/').pop()!;

export function endpointFacts(doc: Doc): Record<string, EndpointFacts> {
  const schemas = doc.components.schemas;
  const out: Record<string, EndpointFacts> = {};
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!/^\/api\/[a-z-]+\/(plugins\/[a-z0-9-]+\/)?[a-z0-9-]+\/$/.test(p) || !item.get) continue;
    const ok = item.get.responses?.['200']?.content?.['application/json']?.schema;
    const paginated = ok?.$ref ? schemas[nameOf(ok.$ref)] : undefined;
    const itemRef = paginated?.properties?.results?.items?.$ref;
    if (!itemRef) continue;
    const schema = nameOf(itemRef);
    const brief = schemas[`Brief${schema}`];
    out[p] = {
      schema,
      fields: Object.keys(schemas[schema]?.properties ?? {}),
      brief: brief ? Object.keys(brief.properties ?? {}) : null,
      filters: (item.get.parameters ?? [])
        .map((x: { name?: string; $ref?: string }) => x.name ?? '')
        .filter((n: string) => n && !NOT_FILTERS.has(n)),
    };
  }
  return out;
}
