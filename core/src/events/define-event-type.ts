/** Event types (NetBox's EventType): what a change or action announces after commit. */
import { PluginError } from '../errors.js';

export interface EventType {
  readonly name: string;
  readonly text: string;
  readonly kind: 'info' | 'success' | 'warning' | 'danger';
  readonly destructive: boolean;
}

export function defineEventType(opts: { name: string; text: string; kind?: EventType['kind']; destructive?: boolean }): EventType {
  if (!/^[a-z0-9_.]+$/.test(opts.name)) throw new PluginError('PB_EVENT_TYPE_INVALID', `Event type name "${opts.name}" is invalid.`);
  return Object.freeze({ name: opts.name, text: opts.text, kind: opts.kind ?? 'info', destructive: opts.destructive ?? false });
}

/** The core event types every change-logged model emits. */
export const CORE_EVENT_TYPES = [
  defineEventType({ name: 'object_created', text: 'Object created', kind: 'success' }),
  defineEventType({ name: 'object_updated', text: 'Object updated', kind: 'info' }),
  defineEventType({ name: 'object_deleted', text: 'Object deleted', kind: 'danger', destructive: true }),
  defineEventType({ name: 'job_started', text: 'Job started', kind: 'info' }),
  defineEventType({ name: 'job_completed', text: 'Job completed', kind: 'success' }),
  defineEventType({ name: 'job_failed', text: 'Job failed', kind: 'warning' }),
  defineEventType({ name: 'job_errored', text: 'Job errored', kind: 'danger' }),
];
