/** The content area's plugin settings (pluginsConfig.extras), with their defaults. */
import path from 'node:path';
import type { Registry } from '@patchbay/core';

/** Defaults of the settings this area reads. */
export const CONTENT_SETTINGS = {
  /** Where uploaded files live; image attachments go to `<mediaRoot>/image-attachments/`. */
  mediaRoot: './data/media',
  /** Largest accepted image upload, in bytes (10 MiB). */
  maxImageSize: 10 * 1024 * 1024,
  /** Most objects one `?export=` renders (the whole filtered list, not a page). */
  exportMaxObjects: 100_000,
} as const;

/** The effective settings of the running extras plugin. */
export function contentSettings(registry: Registry): { mediaRoot: string; maxImageSize: number; exportMaxObjects: number } {
  const s = (registry.plugins.get('extras')?.settings ?? {}) as Record<string, unknown>;
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  return {
    mediaRoot: path.resolve(typeof s.mediaRoot === 'string' && s.mediaRoot ? s.mediaRoot : CONTENT_SETTINGS.mediaRoot),
    maxImageSize: num(s.maxImageSize, CONTENT_SETTINGS.maxImageSize),
    exportMaxObjects: num(s.exportMaxObjects, CONTENT_SETTINGS.exportMaxObjects),
  };
}
