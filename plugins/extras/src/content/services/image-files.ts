/**
 * Image attachment files on disk: checking an upload is an image (and its size), naming it as
 * NetBox's `image_upload` does, writing it under `<mediaRoot>/image-attachments/`, and removing
 * files once the deleting transaction has committed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Knex } from '@patchbay/core';

/** Folder below mediaRoot (NetBox's upload_to). */
export const IMAGE_DIR = 'image-attachments';

/** Image types accepted (what Pillow reads; SVG is refused since it can carry scripts), with the content type served. */
export const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp', tiff: 'image/tiff', ico: 'image/x-icon',
};

/** Content types by file extension, for serving. */
const BY_EXTENSION: Record<string, string> = { ...IMAGE_TYPES, jpeg: 'image/jpeg', tif: 'image/tiff' };

/** The dimensions of an uploaded image, or null when it is not an image of an accepted type. */
export function inspectImage(data: Buffer): { width: number; height: number; type: string } | null {
  try {
    const r = imageSize(data);
    if (!r.type || !IMAGE_TYPES[r.type] || !r.width || !r.height) return null;
    return { width: r.width, height: r.height, type: r.type };
  } catch {
    return null;
  }
}

/**
 * NetBox's image_upload(): `image-attachments/<model>_<object id>_<file name>`, the file named
 * after the attachment's `name` when it has one (keeping a known extension). Unsafe characters
 * become `_`, and the path stays within the column's 100 characters.
 */
export function uploadPath(objectType: string, objectId: number, original: string, name: string): string {
  const base = path.basename(original || 'image');
  const extension = base.includes('.') ? base.split('.').pop()!.toLowerCase() : '';
  let filename = base;
  if (name && ['bmp', 'gif', 'jpeg', 'jpg', 'png', 'webp'].includes(extension)) filename = `${name}.${extension}`;
  else if (name) filename = name;
  filename = filename.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '') || 'image';
  // The type is not validated yet here: keep only a model name's characters (no path tricks).
  const model = (objectType.split('.').pop() ?? '').replace(/\W+/g, '_').slice(0, 40);
  const prefix = `${IMAGE_DIR}/${model}_${objectId}_`;
  const room = 100 - prefix.length - 8;
  if (filename.length > room) {
    const dot = filename.lastIndexOf('.');
    const ext = dot > 0 ? filename.slice(dot) : '';
    filename = filename.slice(0, Math.max(1, room - ext.length)) + ext;
  }
  return prefix + filename;
}

/** Writes the file under mediaRoot without replacing another (a random suffix as Django's storage adds); returns the stored path. */
export async function storeFile(mediaRoot: string, wanted: string, data: Buffer): Promise<string> {
  await fs.mkdir(path.join(mediaRoot, IMAGE_DIR), { recursive: true });
  let rel = wanted;
  for (let attempt = 0; attempt < 10; attempt++) {
    const file = resolveStored(mediaRoot, rel);
    if (!file || path.dirname(file) !== path.join(mediaRoot, IMAGE_DIR)) throw new Error(`Refusing to store an upload outside the image folder: ${rel}`);
    try {
      await fs.writeFile(file, data, { flag: 'wx' });
      return rel;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const ext = path.extname(wanted);
      rel = `${wanted.slice(0, wanted.length - ext.length)}_${crypto.randomBytes(4).toString('hex').slice(0, 7)}${ext}`;
    }
  }
  throw new Error('Could not find a free file name for the upload.');
}

/** The absolute file of a stored path, or null when the path would leave the image folder. */
export function resolveStored(mediaRoot: string, rel: string): string | null {
  const dir = path.join(mediaRoot, IMAGE_DIR);
  const file = path.resolve(mediaRoot, rel);
  return file.startsWith(dir + path.sep) ? file : null;
}

/** The content type a stored file is served with. */
export function contentTypeOf(file: string): string {
  return BY_EXTENSION[path.extname(file).slice(1).toLowerCase()] ?? 'application/octet-stream';
}

/** Removes a stored file, ignoring one already gone. */
export async function removeFile(mediaRoot: string, rel: string): Promise<void> {
  const file = resolveStored(mediaRoot, rel);
  if (file) await fs.rm(file, { force: true });
}

/** Removes files once `trx` commits (kept on rollback: the rows still point at them). */
export function removeAfterCommit(trx: Knex.Transaction, mediaRoot: string, rels: string[]): void {
  if (!rels.length) return;
  trx.executionPromise.then(
    () => Promise.all(rels.map((rel) => removeFile(mediaRoot, rel))).catch(() => {}),
    () => {},
  );
}
