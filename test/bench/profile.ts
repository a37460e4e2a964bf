/**
 * Where a request's CPU time goes: samples the process with the V8 inspector while `work` runs,
 * then sums self time by function and by area of the code base (core's serializers, knex, pg,
 * koa…), so a slow endpoint can be explained with numbers rather than guesses.
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; scriptId: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byArea: { area: string; ms: number; share: number }[];
  byFunction: { fn: string; ms: number; share: number }[];
}

/** Groups a script URL into a readable area of the code base. */
function areaOf(url: string, fn: string): string {
  if (!url) {
    if (fn === '(garbage collector)') return 'garbage collection';
    if (fn === '(idle)' || fn === '(program)') return fn;
    return 'V8 / native (JSON, regexp, …)';
  }
  const m = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (m) return `dependency: ${m[1]}`;
  const core = url.match(/core\/src\/([^/]+)\/([^/]+)/);
  if (core) return `core/src/${core[1]}/${core[2]}`;
  const ex = url.match(/examples\/[^/]+\/src\/.*/);
  if (ex) return ex[0];
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  return url.replace(/^file:\/\//, '');
}

export async function profile(work: () => Promise<void>, top = 15): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let profile: CpuProfile;
  try {
    await work();
  } finally {
    profile = ((await session.post('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
  }
  // tsx serves TypeScript minified onto one line, so a function is named by the start of its source.
  await session.post('Debugger.enable');
  const sources = new Map<string, string>();
  const snippet = async (frame: ProfileNode['callFrame']): Promise<string> => {
    if (!frame.url.endsWith('.ts') || frame.lineNumber !== 0) return `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    if (!sources.has(frame.scriptId)) {
      const { scriptSource } = (await session.post('Debugger.getScriptSource', { scriptId: frame.scriptId })) as { scriptSource: string };
      sources.set(frame.scriptId, scriptSource);
    }
    const code = sources.get(frame.scriptId)!.slice(frame.columnNumber, frame.columnNumber + 60).replace(/\s+/g, ' ');
    return `${frame.url.split('/').slice(-2).join('/')}: ${code}…`;
  };
  // Self time per node from the sample stream (timeDeltas are µs between samples).
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  let busyUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us || node.callFrame.functionName === '(idle)') continue;
    busyUs += us;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const where = node.callFrame.url ? ` (${await snippet(node.callFrame)})` : '';
    const fn = `${node.callFrame.functionName || '(anonymous)'}${where}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  await session.post('Debugger.disable');
  session.disconnect();
  const rank = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ key: k, ms: us / 1000, share: us / busyUs }));
  return {
    totalMs: busyUs / 1000,
    byArea: rank(areas).map(({ key, ms, share }) => ({ area: key, ms, share })),
    byFunction: rank(fns).map(({ key, ms, share }) => ({ fn: key, ms, share })),
  };
}
