/**
 * Timing and memory helpers for the benchmark scripts. Every figure is the median
 * of several runs after a warm-up run, because the machine is shared.
 */
export interface Timing {
  /** Median wall time of one pass over all documents, in ms. */
  ms: number;
  runsMs: number[];
  chars: number;
  bytes: number;
  charsPerSec: number;
  mbPerSec: number;
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Peak RSS and heapUsed seen by `sample()` calls, in bytes. */
export class MemorySampler {
  peakRss = 0;
  peakHeapUsed = 0;
  samples = 0;
  sample(): void {
    const m = process.memoryUsage();
    this.samples++;
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeapUsed) this.peakHeapUsed = m.heapUsed;
  }
}

export interface Method {
  name: string;
  /** Processes one document; the result is kept alive until the pass ends. */
  run: (doc: string) => unknown;
}

/**
 * Times every method over every document: one warm-up pass each, then `runs`
 * rounds in which each method makes one pass in turn (interleaved, so that a
 * burst of load on the shared machine hits all methods alike); the median pass
 * counts.
 */
export function timeInterleaved(docs: string[], bytes: number, methods: Method[], runs: number): Map<string, Timing> {
  const chars = docs.reduce((n, d) => n + d.length, 0);
  const pass = (m: Method): number => {
    const kept: unknown[] = [];
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i++) kept.push(m.run(docs[i]!));
    const ms = performance.now() - t0;
    if (kept.length !== docs.length) throw new Error('lost results');
    return ms;
  };
  const runsMs = new Map(methods.map((m) => [m.name, [] as number[]]));
  for (const m of methods) pass(m);
  for (let r = 0; r < runs; r++) for (const m of methods) runsMs.get(m.name)!.push(pass(m));
  return new Map(methods.map((m) => {
    const all = runsMs.get(m.name)!;
    const ms = median(all);
    return [m.name, { ms, runsMs: all, chars, bytes, charsPerSec: chars / (ms / 1000), mbPerSec: bytes / 1e6 / (ms / 1000) }];
  }));
}

export function formatRate(charsPerSec: number): string {
  return `${(charsPerSec / 1e6).toFixed(2)} M chars/s`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}
