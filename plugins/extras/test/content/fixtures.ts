/** Fixtures of the content tests: the plugins to boot, a temporary media root and helpers over the API. */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { TestApp, TestClient } from '@patchbay/core/testing';
import { extrasApp, make } from '../app.js';

export { make };

export const CUSTOM_LINKS = '/api/extras/custom-links/';
export const EXPORT_TEMPLATES = '/api/extras/export-templates/';
export const SAVED_FILTERS = '/api/extras/saved-filters/';
export const IMAGES = '/api/extras/image-attachments/';
export const SITES = '/api/dcim/sites/';
export const TENANTS = '/api/tenancy/tenants/';

/** A media root of its own per test file (removed by the OS's tmp cleanup; tests check files inside it). */
export function tempMediaRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'patchbay-media-'));
}

/** Extras with the plugins it builds on, a third-party plugin, and uploads in `mediaRoot`. */
export function contentApp(mediaRoot = tempMediaRoot(), extra: Record<string, unknown> = {}) {
  return extrasApp({ mediaRoot, ...extra });
}

/** Three sites (one with a tenant) the content objects point at. */
export async function sites(app: TestApp): Promise<{ sites: number[]; tenant: number }> {
  const tenant = (await make(app.api, TENANTS, { name: 'Tenant 1', slug: 'tenant-1' })).id;
  const ids = [
    (await make(app.api, SITES, { name: 'Site 1', slug: 'site-1', status: 'active', tenant, facility: 'F1' })).id,
    (await make(app.api, SITES, { name: 'Site 2', slug: 'site-2', status: 'planned', facility: 'F2' })).id,
    (await make(app.api, SITES, { name: 'Site 3', slug: 'site-3', status: 'active', description: 'third' })).id,
  ];
  return { sites: ids, tenant };
}

/** CRC-32 of PNG chunks. */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A real, valid PNG of the given size (grey pixels), for upload tests. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG as the data URI JSON creates take. */
export function pngDataUri(width: number, height: number): string {
  return `data:image/png;base64,${png(width, height).toString('base64')}`;
}

/** Multipart upload of an image attachment through fetch's FormData. */
export async function upload(client: TestClient, fields: Record<string, string>, file?: { data: Buffer; name: string; type?: string }, target = { method: 'POST', path: IMAGES }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('image', new Blob([new Uint8Array(file.data)], { type: file.type ?? 'image/png' }), file.name);
  const res = await fetch(`${client.baseUrl}${target.path}`, { method: target.method, headers: client.auth ? { authorization: client.auth } : {}, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}
