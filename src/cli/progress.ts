import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export interface ProgressCounts {
  documents: number;
  facts: number;
  problems: number;
  chars: number;
  bytes: number;
}

/**
 * The progress bar on stderr (cli-progress): documents, characters per second
 * and, when the input size is known (files, folders, archives; not stdin), a bar
 * and ETA over the input bytes. Disabled: every method is a no-op apart from log().
 */
export class Progress {
  private readonly bar: cliProgress.SingleBar | null;
  private readonly started = performance.now();

  constructor(private readonly stream: Writable & { isTTY?: boolean }, enabled: boolean, totalBytes: number | null) {
    if (!enabled) {
      this.bar = null;
      return;
    }
    const known = totalBytes !== null && totalBytes > 0;
    this.bar = new cliProgress.SingleBar({
      stream: this.stream,
      format: known
        ? '{bar} {percentage}% | {documents} docs | {rate} chars/s | ETA {eta_formatted}'
        : '{documents} docs | {rate} chars/s | {duration_formatted}',
      hideCursor: true, clearOnComplete: true, etaBuffer: 200, fps: 5,
    }, cliProgress.Presets.shades_classic);
    this.bar.start(known ? totalBytes : 1, 0, { documents: 0, rate: '0' });
  }

  update(counts: ProgressCounts): void {
    if (!this.bar) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.bar.update(counts.bytes, { documents: counts.documents, rate: Math.round(counts.chars / Math.max(seconds, 1e-3)).toLocaleString('en') });
  }

  /** A message line above the bar (the bar is redrawn on the next update). */
  log(line: string): void {
    this.stream.write(this.bar ? `\r\x1b[2K${line}\n` : `${line}\n`);
  }

  /** Stops the bar; the summary line follows when enabled. */
  finish(counts: ProgressCounts, showSummary: boolean): void {
    this.bar?.stop();
    if (!showSummary) return;
    const seconds = (performance.now() - this.started) / 1000;
    const plural = (n: number, w: string) => `${n.toLocaleString('en')} ${w}${n === 1 ? '' : 's'}`;
    this.stream.write(`${plural(counts.documents, 'document')}, ${plural(counts.facts, 'fact')}, ${plural(counts.problems, 'error')} in ${seconds.toFixed(1)} s`
      + ` (${Math.round(counts.chars / Math.max(seconds, 1e-3)).toLocaleString('en')} chars/s)\n`);
  }
}
