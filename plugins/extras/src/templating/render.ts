/**
 * One place where extras renders user-written Jinja templates (export templates, custom links,
 * config templates). NetBox uses Jinja2's SandboxedEnvironment; we use nunjucks (Jinja-compatible)
 * and harden it the same way: a fresh environment per render with no loaders (no {% include %} of
 * files), lookups of `constructor`/`__proto__`/… and member access on functions refused, `range()`
 * capped at Jinja's sandbox MAX_RANGE, a wall-clock timeout and an output size cap. Callers pass
 * plain JSON data only (never live objects with methods or prototypes).
 */
import vm from 'node:vm';
import nunjucks from 'nunjucks';

/** Jinja2's sandbox limit on range() lengths. */
const MAX_RANGE = 100_000;
/** Default wall-clock budget of one render, in ms. */
const DEFAULT_TIMEOUT_MS = 5_000;
/** Default cap on the rendered text, in characters (64 MiB of UTF-16 is plenty for an export). */
const DEFAULT_MAX_OUTPUT = 32 * 1024 * 1024;

/** Names a template may never look up: the ways out of a JS sandbox. */
const DENIED_NAMES = new Set([
  'constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__',
  '__lookupGetter__', '__lookupSetter__', 'caller', 'callee', 'arguments', 'bind', 'call', 'apply',
]);

/** Values a template may never reach even if some path leads to them. */
const DENIED_VALUES = new Set<unknown>([Function, Object, eval, globalThis, Reflect, Proxy, process]);

/** Thrown for templates that fail to compile or render; `message` is safe to show to the client. */
export class TemplateRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateRenderError';
  }
}

/** Options of one render. */
export interface RenderOptions {
  /** Jinja environment parameters (NetBox's `environment_params`): trim_blocks, lstrip_blocks, autoescape, keep_trailing_newline. */
  environmentParams?: Record<string, unknown>;
  /** Wall-clock budget in ms (default 5 s). */
  timeoutMs?: number;
  /** Largest allowed output in characters. */
  maxOutput?: number;
}

type Runtime = { memberLookup: (...args: unknown[]) => unknown; contextOrFrameLookup: (...args: unknown[]) => unknown };
let hardened = false;

/** Installs Jinja compatibility (True/None, slices, dict.items()) and the lookup guards, once per process. */
function harden(): void {
  if (hardened) return;
  hardened = true;
  (nunjucks as unknown as { installJinjaCompat: () => void }).installJinjaCompat();
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  const memberLookup = runtime.memberLookup;
  const contextOrFrameLookup = runtime.contextOrFrameLookup;
  runtime.memberLookup = function guardedMemberLookup(this: unknown, ...args: unknown[]) {
    const [obj, name] = args;
    // Slices (4 arguments) and plain data lookups pass; functions expose no members at all.
    if (args.length < 4) {
      if (typeof obj === 'function') return undefined;
      if (typeof name === 'string' && DENIED_NAMES.has(name)) return undefined;
    }
    const value = memberLookup.apply(this, args);
    return DENIED_VALUES.has(value) ? undefined : value;
  };
  runtime.contextOrFrameLookup = function guardedContextLookup(this: unknown, ...args: unknown[]) {
    const name = args[2];
    if (typeof name === 'string' && DENIED_NAMES.has(name)) return undefined;
    const value = contextOrFrameLookup.apply(this, args);
    return DENIED_VALUES.has(value) ? undefined : value;
  };
}

/** A fresh loader-less environment configured from Jinja-style parameters. */
function makeEnvironment(params: Record<string, unknown> = {}): nunjucks.Environment {
  harden();
  const env = new nunjucks.Environment([], {
    autoescape: params.autoescape === true,
    trimBlocks: params.trim_blocks === true,
    lstripBlocks: params.lstrip_blocks === true,
    throwOnUndefined: false,
  });
  env.addGlobal('range', (start: number, stop?: number, step = 1) => {
    const [from, to] = stop === undefined ? [0, start] : [start, stop];
    const length = step === 0 ? Infinity : Math.ceil((to - from) / step);
    if (length > MAX_RANGE) throw new Error(`Range too big. The sandbox blocks ranges larger than MAX_RANGE (${MAX_RANGE}).`);
    const out: number[] = [];
    for (let i = 0; i < length; i++) out.push(from + i * step);
    return out;
  });
  return env;
}

/** Jinja drops one trailing newline of the source unless keep_trailing_newline is set. */
function jinjaSource(code: string, params: Record<string, unknown> = {}): string {
  return params.keep_trailing_newline === true ? code : code.replace(/\r?\n$/, '');
}

/** Strips nunjucks' "(unknown path)" prefix so messages read like Jinja's. */
function cleanMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^\(unknown path\)\s*/, '').replace(/\s+/g, ' ').trim();
}

/** Renders a template against plain JSON data; throws TemplateRenderError with a readable message. */
export function renderTemplate(code: string, context: Record<string, unknown>, opts: RenderOptions = {}): string {
  const params = opts.environmentParams ?? {};
  const env = makeEnvironment(params);
  const source = jinjaSource(code, params);
  // The vm timeout interrupts the synchronous render (infinite loops, huge outputs) isolate-wide.
  const sandbox = vm.createContext({ render: () => env.renderString(source, context) });
  let out: unknown;
  try {
    out = vm.runInContext('render()', sandbox, { timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TemplateRenderError('Template rendering timed out.');
    throw new TemplateRenderError(cleanMessage(err));
  }
  const text = String(out ?? '');
  if (text.length > (opts.maxOutput ?? DEFAULT_MAX_OUTPUT)) throw new TemplateRenderError('Rendered template is too large.');
  return text;
}

/** Compiles a template without rendering it: null when valid, else the syntax error (for 400s at write time). */
export function validateTemplate(code: string, opts: Pick<RenderOptions, 'environmentParams'> = {}): string | null {
  const env = makeEnvironment(opts.environmentParams);
  try {
    new nunjucks.Template(jinjaSource(code, opts.environmentParams), env, undefined, true);
    return null;
  } catch (err) {
    return cleanMessage(err);
  }
}
