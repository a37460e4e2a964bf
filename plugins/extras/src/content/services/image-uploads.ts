/**
 * Reading image uploads — multipart/form-data (NetBox's way) or a JSON `image` data URI (a
 * Patchbay addition) — checking and storing their files, and handing each stored file to the
 * write of the body it came with (the resource's beforeSave hook, keyed by the body object,
 * which a client cannot forge).
 */
import type { IncomingMessage } from 'node:http';
import multer from 'multer';
import { ValidationError, type FieldErrors, type Registry, type ResourceDefinition } from '@patchbay/core';
import { contentSettings } from './settings.js';
import { inspectImage, removeAfterCommit, storeFile, uploadPath } from './image-files.js';

export interface UploadFile { buffer: Buffer; originalname: string }
/** One object's written fields and its file, if any. */
export interface Upload { fields: Record<string, unknown>; file?: UploadFile }
interface StoredImage { image: string; image_width: number; image_height: number }

const pending = new WeakMap<object, StoredImage>();

/**
 * beforeSave of image attachments: a create takes the stored file of its body (none: "No file
 * was submitted."); an update with a new file takes it and drops the old file once committed.
 */
export const imageAttachmentBeforeSave: NonNullable<NonNullable<ResourceDefinition['hooks']>['beforeSave']> = async ({ c, trx, body, parsed, prev }) => {
  const file = pending.get(body);
  if (!prev && !file) throw ValidationError.field('image', 'No file was submitted.');
  if (!file) return;
  Object.assign(parsed.values, file);
  if (prev?.image) removeAfterCommit(trx, contentSettings(c.registry).mediaRoot, [String(prev.image)]);
};

/** OpenAPI body of the upload routes: the generated writable form plus the file (multipart) or its data URI (JSON). */
export function uploadRequestSchema(base: 'WritableImageAttachmentRequest' | 'PatchedImageAttachmentRequest', required: boolean): Record<string, unknown> {
  const image = { type: 'string', description: 'The file (multipart/form-data) or a `data:image/…;base64,…` URI (JSON).' };
  return { allOf: [{ $ref: `#/components/schemas/${base}` }, { type: 'object', properties: { image }, ...(required ? { required: ['image'] } : {}) }] };
}

const tooLarge = (maxBytes: number) => `The image is too large: the limit is ${maxBytes} bytes.`;

/** Reads a multipart body with multer (limits: one file of at most `maxBytes`). */
export function parseMultipart(raw: IncomingMessage, maxBytes: number): Promise<Upload> {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 20 } }).single('image');
  const req = raw as IncomingMessage & { body?: Record<string, string>; file?: UploadFile };
  return new Promise((resolve, reject) => {
    upload(req as never, {} as never, (err?: unknown) => {
      if (!err) return resolve({ fields: { ...(req.body ?? {}) }, file: req.file });
      const code = (err as { code?: string }).code;
      if (code === 'LIMIT_FILE_SIZE') return reject(ValidationError.field('image', tooLarge(maxBytes)));
      if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') return reject(ValidationError.field('image', 'Upload one file, in the "image" field.'));
      reject(new ValidationError({ non_field_errors: [`Multipart form parse error - ${(err as Error).message}`] }));
    });
  });
}

/** A JSON body's `image` as a `data:image/…;base64,…` URI; absent or empty means no file. */
export function fromJson(body: unknown): Upload | { error: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { error: 'Invalid data. Expected a dictionary.' };
  const { image, ...fields } = body as Record<string, unknown>;
  if (image === undefined || image === null || image === '') return { fields };
  const m = typeof image === 'string' ? /^data:image\/[\w.+-]+;base64,([A-Za-z0-9+/=\s]*)$/.exec(image) : null;
  if (!m) return { error: 'The submitted data was not a file. Check the encoding type on the form.' };
  return { fields, file: { buffer: Buffer.from(m[1]!, 'base64'), originalname: '' } };
}

/** Throws the per-object errors of unreadable JSON bodies (`single`: one object, not a list). */
export function requireParsed(parsed: (Upload | { error: string })[], single: boolean): Upload[] {
  const errors = parsed.map((p): FieldErrors => ('error' in p ? { image: [p.error] } : {}));
  if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(single ? errors[0]! : errors);
  return parsed as Upload[];
}

/**
 * Checks every upload's file (`required`: creates need one), stores the good ones and returns
 * the bodies to write, each linked to its stored file, plus the stored paths (to remove if the
 * write fails). Nothing is stored unless every file is acceptable.
 */
export async function stageUploads(registry: Registry, uploads: Upload[], single: boolean, required: boolean, prevs: (Record<string, unknown> | null)[] = []) {
  const { mediaRoot, maxImageSize } = contentSettings(registry);
  const checked = uploads.map(({ file }) => {
    if (!file || !file.buffer.length) return required ? { error: 'No file was submitted.' } : null;
    if (file.buffer.length > maxImageSize) return { error: tooLarge(maxImageSize) };
    return inspectImage(file.buffer) ?? { error: 'Upload a valid image. The file you uploaded was either not an image or a corrupted image.' };
  });
  const errors = checked.map((r): FieldErrors => (r && 'error' in r ? { image: [r.error] } : {}));
  if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(single ? errors[0]! : errors);
  const stored: string[] = [];
  const bodies: Record<string, unknown>[] = [];
  for (const [i, { fields, file }] of uploads.entries()) {
    const body = { ...fields };
    bodies.push(body);
    const image = checked[i] as { width: number; height: number; type: string } | null;
    if (!image || !file) continue;
    const prev = prevs[i] ?? {};
    const type = String(fields.object_type ?? prev.object_type ?? '');
    const objectId = Number(fields.object_id ?? prev.object_id);
    const name = typeof fields.name === 'string' ? fields.name.trim() : String(prev.name ?? '');
    const wanted = uploadPath(type, Number.isSafeInteger(objectId) ? objectId : 0, file.originalname || `image.${image.type}`, name);
    const rel = await storeFile(mediaRoot, wanted, file.buffer);
    stored.push(rel);
    pending.set(body, { image: rel, image_width: image.width, image_height: image.height });
  }
  return { bodies, stored, mediaRoot };
}
