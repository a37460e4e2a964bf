/** Dashboard widgets (NetBox's DashboardWidget): a named, configurable block and the data behind it. */
import { PluginError } from '../errors.js';
import type { Knex } from 'knex';

export interface WidgetDataContext {
  db: Knex;
  config: Record<string, unknown>;
}

export interface Widget {
  /** `<plugin>.<WidgetName>`, unique. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  /** Default config; a user's dashboard stores overrides. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Computes the widget's content as JSON. */
  readonly data: (ctx: WidgetDataContext) => Promise<unknown>;
}

export function defineWidget(opts: {
  name: string;
  title: string;
  description?: string;
  width?: number;
  height?: number;
  config?: Record<string, unknown>;
  data: Widget['data'];
}): Widget {
  const width = opts.width ?? 4;
  if (!Number.isInteger(width) || width < 1 || width > 12)
    throw new PluginError('PB_WIDGET_INVALID', `Widget "${opts.name}": width must be 1–12.`);
  return Object.freeze({
    name: opts.name,
    title: opts.title,
    description: opts.description ?? '',
    width,
    height: opts.height ?? 3,
    config: Object.freeze({ ...(opts.config ?? {}) }),
    data: opts.data,
  });
}
