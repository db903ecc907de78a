/**
 * Where the page's main-thread time goes while the reader opens: a V8 CPU profile (CDP
 * `Profiler`, taken in the tab's renderer, which runs the page and our isolated world) reduced to
 * self time per part. Functions of the injected bundle are attributed through its source map
 * (Readability, DOMPurify, Preact, each of our files); the rest is V8's own buckets:
 *   (program)          native work outside JS: parsing/compiling our script, style, layout, paint
 *   (garbage collector)
 *   builtin: <name>    DOM and JS builtins called from JS (focus → forced layout, cloneNode, Intl …)
 */
import type { BundleMap } from './bundle-map';

/** The parts of a CDP `Profiler.Profile` this uses. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Self time in milliseconds per part, idle excluded.
 * @param bundleUrl the injected script's URL suffix (e.g. `/content-scripts/overlay.js`).
 */
export function selfTimeByPart(profile: CpuProfile, bundle: BundleMap, bundleUrl: string): Map<string, number> {
  const partOf = new Map<number, string | null>();
  for (const { id, callFrame: f } of profile.nodes) {
    let part: string | null;
    if (f.functionName === '(idle)' || f.functionName === '(root)') part = null;
    else if (f.url.endsWith(bundleUrl)) part = bundle.groupAt(f.lineNumber, f.columnNumber);
    else if (f.functionName === '(program)' || f.functionName === '(garbage collector)') part = f.functionName;
    else if (f.url === '') part = `builtin: ${f.functionName || '(anonymous)'}`;
    else part = 'other scripts';
    partOf.set(id, part);
  }
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the gap to the next one (CDP gives gaps in microseconds).
  samples.forEach((id, i) => {
    const part = partOf.get(id);
    const micros = deltas[i + 1] ?? 0;
    if (part) totals.set(part, (totals.get(part) ?? 0) + micros / 1000);
  });
  return totals;
}
