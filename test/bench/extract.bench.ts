/**
 * npm run bench — throughput, memory, growth and startup of extract(), against bare
 * @node-rs/jieba and the Recognizers-Text Chinese number model on the same text,
 * in one process. Figures print as a table and go to .bench/extract.json.
 *
 *   npm run bench                 # 5 MB corpus, growth 1/5/25 MB (a few minutes)
 *   npm run bench -- --quick      # 1 MB corpus, growth 0.5/1/2 MB (a smoke run)
 *   npm run bench -- --build      # rebuild dist before the startup probe
 *
 * "MB" is 10⁶ bytes of UTF-8 text throughout; rates are also given in characters.
 * See docs/performance.md for what the ratios mean.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract } from '../../src/index.js';
import { buildCorpus, MB, type BenchCorpus } from './lib/corpus.js';
import { formatMiB, median, MemorySampler, timeInterleaved, type Method, type Timing } from './lib/measure.js';
import { ensureBuilt, isDistStale, measureStartup } from './lib/startup.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const MAIN_BYTES = (quick ? 1 : 5) * MB;
const GROWTH_BYTES = (quick ? [0.5, 1, 2] : [1, 5, 25]).map((m) => m * MB);
const RUNS = quick ? 3 : 5;
const PEER_BYTES = 1 * MB;
/**
 * A single-string growth step is skipped when its projected time exceeds this;
 * the projection is quadratic, so that a superlinear stage cannot stall the run.
 */
const SINGLE_TEXT_BUDGET_MS = 120_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const require = createRequire(import.meta.url);

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function loadBareJieba(): { cut(t: string, hmm?: boolean): string[]; tag(t: string, hmm?: boolean): unknown[] } {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js');
  return Jieba.withDict(dict);
}

function loadPeer(): (text: string) => unknown[] {
  const { NumberRecognizer, Culture } = require('@microsoft/recognizers-text-number');
  const model = new NumberRecognizer(Culture.Chinese).getNumberModel();
  return (text) => model.parse(text);
}

/** The first documents of `corpus` that make up at least `bytes`. */
function sliceCorpus(corpus: BenchCorpus, bytes: number): BenchCorpus {
  const docs: string[] = [];
  let n = 0;
  for (const d of corpus.docs) {
    if (n >= bytes) break;
    docs.push(d);
    n += Buffer.byteLength(d, 'utf8');
  }
  return { docs, bytes: n, chars: docs.reduce((c, d) => c + d.length, 0) };
}

function countFacts(docs: string[]): number {
  return docs.reduce((n, d) => n + extract(d).facts.length, 0);
}

// ── 0. Build first (it is the heaviest CPU user) and the corpus ───────────────
ensureBuilt(root, args.has('--build'));
const distStale = isDistStale(root);
if (distStale) log('warning: src/ is newer than dist/: the startup probe times the old build (run with --build)');
const t0 = performance.now();
const corpus = buildCorpus(root, Math.max(MAIN_BYTES, ...GROWTH_BYTES));
const main = sliceCorpus(corpus, MAIN_BYTES);
log(`corpus: ${corpus.docs.length} documents, ${(corpus.bytes / MB).toFixed(1)} MB built in ${(performance.now() - t0).toFixed(0)} ms; main run on ${(main.bytes / MB).toFixed(2)} MB (${main.chars} chars, ${main.docs.length} docs)`);

// ── 1. Throughput on the main corpus, interleaved ─────────────────────────────
const jieba = loadBareJieba();
const DIGIT = /[0-9]/g;
const methods: Method[] = [
  { name: 'regex /[0-9]/g count', run: (d) => d.match(DIGIT)?.length ?? 0 },
  { name: 'jieba cut', run: (d) => jieba.cut(d) },
  { name: 'jieba cut (HMM)', run: (d) => jieba.cut(d, true) },
  { name: 'jieba tag', run: (d) => jieba.tag(d) },
  { name: 'extract()', run: (d) => extract(d) },
];
log(`throughput: ${methods.length} methods × (1 warm-up + ${RUNS} runs)…`);
const throughput = timeInterleaved(main.docs, main.bytes, methods, RUNS);
const mainFacts = countFacts(main.docs);

// ── 2. The peer: Recognizers-Text Chinese number model, on a 1 MB slice ───────
const peerSlice = sliceCorpus(main, PEER_BYTES);
log(`peer: Recognizers-Text on ${(peerSlice.bytes / MB).toFixed(2)} MB…`);
const peer = loadPeer();
const peerTimes = timeInterleaved(peerSlice.docs, peerSlice.bytes, [
  { name: 'Recognizers-Text number (zh)', run: peer },
  { name: 'extract() (same slice)', run: (d) => extract(d) },
  { name: 'jieba cut (same slice)', run: (d) => jieba.cut(d) },
], 3);

// ── 3. Peak memory: one pass over the main corpus keeping every result ────────
gc();
const before = process.memoryUsage();
const sampler = new MemorySampler();
sampler.sample();
const kept: unknown[] = [];
for (const d of main.docs) {
  kept.push(extract(d));
  sampler.sample();
}
const memory = {
  corpusMB: main.bytes / MB,
  baselineRss: before.rss,
  baselineHeapUsed: before.heapUsed,
  peakRss: sampler.peakRss,
  peakHeapUsed: sampler.peakHeapUsed,
  heapGrowthKeepingResults: sampler.peakHeapUsed - before.heapUsed,
  samples: sampler.samples,
};
kept.length = 0;
gc();

// ── 4. Growth: 1, 5, 25 MB as documents, and as one single string ─────────────
interface GrowthRow { mb: number; chars: number; docsMs: number; docsMsPerMB: number; singleMs: number | null; singleMsPerMB: number | null; singleFacts: number | null }
const growth: GrowthRow[] = [];
let lastSingle = { mb: 0, ms: 0 };
for (const bytes of GROWTH_BYTES) {
  const part = sliceCorpus(corpus, bytes);
  const mb = part.bytes / MB;
  log(`growth: ${mb.toFixed(1)} MB…`);
  const docsTiming = timeInterleaved(part.docs, part.bytes, [{ name: 'x', run: (d) => extract(d) }], bytes > 10 * MB ? 2 : 3).get('x')!;
  let singleMs: number | null = null;
  let singleFacts: number | null = null;
  const projectedMs = lastSingle.mb ? lastSingle.ms * (mb / lastSingle.mb) ** 2 : 0;
  if (projectedMs < SINGLE_TEXT_BUDGET_MS) {
    const whole = part.docs.join('\n\n');
    gc();
    const s0 = performance.now();
    singleFacts = extract(whole).facts.length;
    singleMs = performance.now() - s0;
    lastSingle = { mb, ms: singleMs };
  } else {
    log(`growth: single ${mb.toFixed(1)} MB string skipped (projected ${(projectedMs / 1000).toFixed(0)} s if quadratic, over ${SINGLE_TEXT_BUDGET_MS / 1000} s)`);
  }
  growth.push({
    mb, chars: part.chars, docsMs: docsTiming.ms, docsMsPerMB: docsTiming.ms / mb,
    singleMs, singleMsPerMB: singleMs === null ? null : singleMs / mb, singleFacts,
  });
}

// ── 5. Startup in a new process ───────────────────────────────────────────────
log('startup: 5 fresh processes…');
const startup = measureStartup(root, 5);

// ── Report ────────────────────────────────────────────────────────────────────
const ex = throughput.get('extract()')!;
const cut = throughput.get('jieba cut')!;
const ratios = {
  extractVsJiebaCut: ex.charsPerSec / cut.charsPerSec,
  extractVsJiebaCutHmm: ex.charsPerSec / throughput.get('jieba cut (HMM)')!.charsPerSec,
  extractVsJiebaTag: ex.charsPerSec / throughput.get('jieba tag')!.charsPerSec,
  extractVsRecognizersText: peerTimes.get('extract() (same slice)')!.charsPerSec / peerTimes.get('Recognizers-Text number (zh)')!.charsPerSec,
};

const row = (name: string, t: Timing) =>
  `${name.padEnd(32)} ${(t.charsPerSec / 1e6).toFixed(2).padStart(8)} M chars/s ${t.mbPerSec.toFixed(2).padStart(8)} MB/s ${t.ms.toFixed(0).padStart(7)} ms  ×${(t.charsPerSec / ex.charsPerSec).toFixed(2)} of extract`;
const gitOut = (...a: string[]) => { try { return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim(); } catch { return ''; } };
const commit = `${gitOut('rev-parse', '--short', 'HEAD') || 'unknown'}${gitOut('status', '--porcelain', '--', 'src') ? ' + uncommitted src/ changes' : ''}`;
const machine = { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}`, loadavg: os.loadavg() };

console.log(`\nzh-report-metrics benchmark — ${new Date().toISOString()}`);
console.log(`commit: ${commit}`);
console.log(`machine: ${machine.nproc} CPUs (${machine.cpu}), Node ${machine.node}, ${machine.platform}, load ${machine.loadavg.map((l) => l.toFixed(1)).join(' ')}`);
console.log(`corpus: ${(main.bytes / MB).toFixed(2)} MB UTF-8, ${main.chars} chars, ${main.docs.length} documents, ${mainFacts} facts; median of ${RUNS} runs after a warm-up\n`);
console.log('throughput (per document, whole corpus)');
for (const [name, t] of throughput) console.log('  ' + row(name, t));
console.log(`\npeer on a ${(peerSlice.bytes / MB).toFixed(2)} MB slice (median of 3)`);
for (const [name, t] of peerTimes) console.log('  ' + row(name, t));
console.log('\nratios (throughput of extract() ÷ throughput of …; ≥ 1 means extract is faster)');
console.log(`  jieba cut                 ${ratios.extractVsJiebaCut.toFixed(2)}   (goal ≥ 1.0)`);
console.log(`  jieba cut (HMM)           ${ratios.extractVsJiebaCutHmm.toFixed(2)}`);
console.log(`  jieba tag                 ${ratios.extractVsJiebaTag.toFixed(2)}`);
console.log(`  Recognizers-Text number   ${ratios.extractVsRecognizersText.toFixed(2)}`);
console.log(`\npeak memory, one pass over ${memory.corpusMB.toFixed(2)} MB keeping every result`);
console.log(`  RSS      ${formatMiB(memory.baselineRss)} before → ${formatMiB(memory.peakRss)} peak`);
console.log(`  heapUsed ${formatMiB(memory.baselineHeapUsed)} before → ${formatMiB(memory.peakHeapUsed)} peak (+${formatMiB(memory.heapGrowthKeepingResults)})`);
console.log('\ngrowth (extract, ms per MB must stay flat)');
console.log('  size MB    chars       as documents          as one string');
for (const g of growth) {
  const single = g.singleMs === null ? 'skipped' : `${g.singleMs.toFixed(0).padStart(7)} ms ${g.singleMsPerMB!.toFixed(0).padStart(5)} ms/MB`;
  console.log(`  ${g.mb.toFixed(1).padStart(7)} ${String(g.chars).padStart(9)}  ${g.docsMs.toFixed(0).padStart(7)} ms ${g.docsMsPerMB.toFixed(0).padStart(5)} ms/MB   ${single}`);
}
console.log(`\nstartup (new process, median of ${startup.runs})`);
console.log(`  node -e import + first extract   ${startup.processMs.toFixed(0)} ms   (bare node -e 0: ${startup.bareNodeMs.toFixed(0)} ms)`);
console.log(`  in process: import ${startup.importMs.toFixed(0)} ms, first extract ${startup.firstExtractMs.toFixed(0)} ms, second ${startup.secondExtractMs.toFixed(1)} ms`);
if (distStale) console.log('  (dist/ is older than src/: these figures are for the old build; run with --build)');

const toJson = (m: Map<string, Timing>) => Object.fromEntries([...m].map(([k, t]) => [k, { ...t, runsMs: t.runsMs.map((x) => +x.toFixed(1)) }]));
mkdirSync(join(root, '.bench'), { recursive: true });
const out = join(root, '.bench/extract.json');
writeFileSync(out, JSON.stringify({
  date: new Date().toISOString(), command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`, commit, machine,
  corpus: { mb: main.bytes / MB, chars: main.chars, docs: main.docs.length, facts: mainFacts, runs: RUNS },
  throughput: toJson(throughput), peer: { mb: peerSlice.bytes / MB, ...toJson(peerTimes) },
  ratios, memory, growth, startup: { ...startup, distStale }, medianGrowthMsPerMB: median(growth.map((g) => g.docsMsPerMB)),
}, null, 2) + '\n');
console.log(`\nfigures written to ${out}`);
