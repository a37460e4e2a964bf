/** Small plugins and models for the plugin-system tests: just enough declaration to exercise the register phase. */
import {
  definePlugin, defineFilterSet, defineResource, defineSerializer, field, PrimaryModel, PluginError,
  type FieldMap, type ModelClass, type PluginOptions, type PluginDefinition,
} from '@patchbay/core';

/** A model class with the given label (a fresh class each call, so two may share a label). */
export function toyModel(label: string): ModelClass {
  const [app, model] = label.split('.');
  return class extends PrimaryModel {
    static override tableName = `${app}_${model}`;
    static override label = label;
    static override verboseName = model!;
    static override verboseNamePlural = `${model}s`;
    static override fields: FieldMap = { name: field.string({ maxLength: 100, required: true }) };
  };
}

/** A resource (endpoint) for a model. */
export function toyResource(slug: string, model: ModelClass) {
  return defineResource({
    slug,
    model,
    serializer: defineSerializer(model, { fields: ['id', 'url', 'display', 'name'], brief: ['id', 'url', 'display', 'name'] }),
    filterSet: defineFilterSet(model, { fields: { name: 'text' } }),
  });
}

/** A valid plugin named `name`, with whatever else is given. */
export function toyPlugin(name: string, opts: Partial<PluginOptions> = {}): PluginDefinition {
  return definePlugin({ name, version: '1.0.0', compatibility: '*', ...opts });
}

/** The code of the PluginError `fn` throws (fails the test when it throws nothing or something else). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof PluginError) return err.code;
    throw err;
  }
  throw new Error('expected a PluginError, nothing was thrown');
}

/** The same, for async work (boot). */
export async function asyncCodeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof PluginError) return err.code;
    throw err;
  }
  throw new Error('expected a PluginError, nothing was thrown');
}
