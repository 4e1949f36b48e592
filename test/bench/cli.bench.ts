/**
 * npm run bench:cli — the CLI on a generated JSONL archive of at least 100 MB:
 * documents per second and peak memory with --jobs 1 and --jobs 2.
 *
 *   npm run bench:cli                 # 100 MB archive (several minutes)
 *   npm run bench:cli -- --mb 20      # a smaller archive, for a smoke run
 *
 * The archive is built from corpus/ by test/bench/lib/corpus.ts (digits shifted,
 * cities swapped, paragraphs shuffled), in 10 MB batches with different seeds so
 * that the script itself stays small in memory; every record gets its own id, a
 * publication date and a metadata field, like a crawled news archive. It runs
 * the built CLI (dist/cli.js; `npm run build` first) in a fresh process per
 * setting, writing to a file, and polls /proc/<pid>/status: VmHWM is the peak
 * resident memory of the process (worker threads live in it, so this is the
 * whole tree), and the VmRSS samples show whether memory stays flat.
 * "MB" is 10⁶ bytes of UTF-8. Figures also go to .bench/cli.json.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, MB } from './lib/corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli.js');
const mbArg = process.argv.indexOf('--mb');
const TARGET_MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 100;
const BATCH_BYTES = 10 * MB;

interface RunFigures { jobs: number; seconds: number; docsPerSec: number; mbPerSec: number; peakRssMiB: number; rssMiBAtQuarters: number[]; facts: number; loadAfter?: number }

/** Writes the archive batch by batch; returns its document count. */
async function writeArchive(path: string, targetBytes: number): Promise<number> {
  const out = createWriteStream(path);
  let docs = 0;
  for (let batch = 0; docs === 0 || statBytes(out) < targetBytes; batch++) {
    for (const text of buildCorpus(root, Math.min(BATCH_BYTES, targetBytes), 1000 + batch).docs) {
      const day = String(1 + (docs % 28)).padStart(2, '0');
      const record = { id: `news-${batch}-${docs}`, text, publishedAt: `2023-${String(1 + (docs % 12)).padStart(2, '0')}-${day}`, source: `bench/${batch}` };
      if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
      docs++;
    }
  }
  out.end();
  await once(out, 'finish');
  return docs;
}

function statBytes(stream: ReturnType<typeof createWriteStream>): number {
  return stream.bytesWritten + stream.writableLength;
}

/** Facts written: lines of the output, counted without holding the file in memory. */
async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path)) for (const byte of chunk as Buffer) if (byte === 10) n++;
  return n;
}

function readStatusKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null; // the process has exited
  }
}

/** Runs the CLI once, polling its memory every 100 ms. */
async function runCli(archive: string, bytes: number, jobs: number, outFile: string): Promise<RunFigures> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'extract', archive, '--jobs', String(jobs), '--quiet', '-o', outFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const samples: { t: number; rss: number }[] = [];
  let peakKiB = 0;
  const timer = setInterval(() => {
    const hwm = readStatusKiB(child.pid!, 'VmHWM');
    const rss = readStatusKiB(child.pid!, 'VmRSS');
    if (hwm !== null) peakKiB = Math.max(peakKiB, hwm);
    if (rss !== null) samples.push({ t: performance.now() - t0, rss });
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  if (code !== 0) throw new Error(`CLI exited with ${code} for --jobs ${jobs}`);
  const seconds = (performance.now() - t0) / 1000;
  const facts = await countLines(outFile);
  const quarter = (q: number) => {
    const s = samples.find((x) => x.t >= q * seconds * 1000) ?? samples[samples.length - 1];
    return s ? Math.round(s.rss / 1024) : 0;
  };
  return {
    jobs, seconds, facts,
    docsPerSec: 0, mbPerSec: bytes / MB / seconds,
    peakRssMiB: Math.round(peakKiB / 1024), rssMiBAtQuarters: [0.25, 0.5, 0.75].map(quarter),
  };
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'zrm-bench-cli-'));
  try {
    const archive = join(dir, 'archive.jsonl');
    process.stderr.write(`[bench:cli] writing a ${TARGET_MB} MB archive in ${dir}…\n`);
    const docs = await writeArchive(archive, TARGET_MB * MB);
    const bytes = statSync(archive).size;
    process.stderr.write(`[bench:cli] ${docs} documents, ${(bytes / MB).toFixed(1)} MB\n`);
    const results: RunFigures[] = [];
    for (const jobs of [1, 2]) {
      // The machine may be shared: the 1-minute load average says how busy it was.
      process.stderr.write(`[bench:cli] extract --jobs ${jobs}… (load average ${loadavg()[0]!.toFixed(1)})\n`);
      const r = await runCli(archive, bytes, jobs, join(dir, `out-${jobs}.jsonl`));
      r.docsPerSec = docs / r.seconds;
      r.loadAfter = loadavg()[0]!;
      results.push(r);
      rmSync(join(dir, `out-${jobs}.jsonl`));
    }
    console.log(`\nCLI on a ${(bytes / MB).toFixed(1)} MB JSONL archive, ${docs} documents (${cpus().length} cores, node ${process.version})\n`);
    console.log('| --jobs | time | documents/s | MB/s | facts | peak RSS | RSS at ¼, ½, ¾ of the run | load average after |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(`| ${r.jobs} | ${r.seconds.toFixed(1)} s | ${r.docsPerSec.toFixed(0)} | ${r.mbPerSec.toFixed(2)} | ${r.facts} | ${r.peakRssMiB} MiB | ${r.rssMiBAtQuarters.join(', ')} MiB | ${r.loadAfter?.toFixed(1)} |`);
    }
    mkdirSync(join(root, '.bench'), { recursive: true });
    writeFileSync(join(root, '.bench/cli.json'), JSON.stringify({ bytes, docs, results, cores: cpus().length, node: process.version, date: new Date().toISOString() }, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
