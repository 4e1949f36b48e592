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
  private total = 1;
  private value = 0;
  private payload = { documents: 0, rate: '0' };

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
    this.total = known ? totalBytes : 1;
    this.bar.start(this.total, 0, this.payload);
  }

  update(counts: ProgressCounts): void {
    if (!this.bar) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.value = counts.bytes;
    this.payload = { documents: counts.documents, rate: Math.round(counts.chars / Math.max(seconds, 1e-3)).toLocaleString('en') };
    this.bar.update(this.value, this.payload);
  }

  /**
   * A message line above the bar. The bar is stopped (which clears its line)
   * and started again below the message: cli-progress restores the cursor to
   * where the bar started when it stops, so a line written under a running bar
   * would be overwritten by the summary.
   */
  log(line: string): void {
    if (!this.bar) return void this.stream.write(`${line}\n`);
    this.bar.stop();
    this.stream.write(`${line}\n`);
    this.bar.start(this.total, this.value, this.payload);
  }

  /** Stops the bar (clearing its line); safe to call twice. */
  stop(): void {
    this.bar?.stop();
  }

  /** Stops the bar; the summary line follows when enabled. */
  finish(counts: ProgressCounts, showSummary: boolean): void {
    this.stop();
    if (!showSummary) return;
    const seconds = (performance.now() - this.started) / 1000;
    const plural = (n: number, w: string) => `${n.toLocaleString('en')} ${w}${n === 1 ? '' : 's'}`;
    this.stream.write(`${plural(counts.documents, 'document')}, ${plural(counts.facts, 'fact')}, ${plural(counts.problems, 'error')} in ${seconds.toFixed(1)} s`
      + ` (${Math.round(counts.chars / Math.max(seconds, 1e-3)).toLocaleString('en')} chars/s)\n`);
  }
}
