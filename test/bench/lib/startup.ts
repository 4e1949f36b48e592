/**
 * Startup cost: the time to the first result in a fresh Node process that imports
 * the built package (dist/index.js) and extracts one short text. This is what a
 * CLI call or a serverless cold start pays: module loading, then the jieba
 * dictionary and any data loaded lazily on the first extract().
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.js';

export interface StartupFigures {
  /** Spawn to exit of `node -e` that imports dist/index.js and extracts once (median), ms. */
  processMs: number;
  /** Spawn to exit of a bare `node -e 0`, for scale, ms. */
  bareNodeMs: number;
  /** Inside the process: `await import(dist/index.js)`, ms. */
  importMs: number;
  /** Inside the process: the first extract() (dictionary loading included), ms. */
  firstExtractMs: number;
  /** Inside the process: a second extract() of the same text, ms. */
  secondExtractMs: number;
  runs: number;
}

const SHORT_TEXT = '全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。';

/** Runs `npm run build` when dist/index.js is missing (or when `force`). */
export function ensureBuilt(root: string, force = false): void {
  if (!force && existsSync(join(root, 'dist/index.js'))) return;
  console.log(force ? 'building dist (npm run build)…' : 'dist/index.js missing: running npm run build…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** True when some file under src/ is newer than dist/index.js: the probe would time old code. */
export function isDistStale(root: string): boolean {
  const dist = join(root, 'dist/index.js');
  return !existsSync(dist) || newestMtime(join(root, 'src')) > statSync(dist).mtimeMs;
}

function timeSpawn(args: string[], cwd: string): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`startup probe failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

export function measureStartup(root: string, runs = 5): StartupFigures {
  const entry = pathToFileURL(join(root, 'dist/index.js')).href;
  const probe = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(entry)});
    const t1 = performance.now();
    const a = m.extract(${JSON.stringify(SHORT_TEXT)});
    const t2 = performance.now();
    m.extract(${JSON.stringify(SHORT_TEXT)});
    const t3 = performance.now();
    if (a.facts.length === 0) console.error('warning: no fact from the startup probe');
    console.log(JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, secondExtractMs: t3 - t2 }));
  `;
  const whole: number[] = [];
  const bare: number[] = [];
  const inner: { importMs: number; firstExtractMs: number; secondExtractMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timeSpawn(['-e', '0'], root).ms);
    const r = timeSpawn(['--input-type=module', '-e', probe], root);
    whole.push(r.ms);
    inner.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  return {
    processMs: median(whole),
    bareNodeMs: median(bare),
    importMs: median(inner.map((x) => x.importMs)),
    firstExtractMs: median(inner.map((x) => x.firstExtractMs)),
    secondExtractMs: median(inner.map((x) => x.secondExtractMs)),
    runs,
  };
}
