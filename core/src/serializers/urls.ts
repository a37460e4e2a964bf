/** URLs of objects: `url` (REST) and `display_url` (UI), absolute when a request's base URL is known. */
import type { Registry } from '../registry/registry.js';

export function objectUrl(registry: Registry, baseUrl: string, label: string, id: unknown): string | null {
  const r = registry.resourceFor(label);
  return r ? `${baseUrl}/api/${r.prefix}/${r.slug}/${id}/` : null;
}

export function objectDisplayUrl(registry: Registry, baseUrl: string, label: string, id: unknown): string | null {
  const r = registry.resourceFor(label);
  return r ? `${baseUrl}/${r.prefix}/${r.slug}/${id}/` : null;
}
