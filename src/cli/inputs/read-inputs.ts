import { stat } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { readJsonlFile, readTextFile } from './read-files.js';
import { readStdin } from './read-stdin.js';
import type { InputItem } from './types.js';
import { walkTextFiles } from './walk-folder.js';

export interface InputOptions {
  /** Default publication date of documents that give none. */
  publishedAt: string | null;
  stdin: AsyncIterable<Buffer | string>;
}

const isJsonl = (path: string) => /\.(jsonl|ndjson)$/i.test(path);

/**
 * Every document of the paths given, in order: paths in the order typed, a
 * folder's files sorted (see walkTextFiles), an archive's records by line. Lazy:
 * the next document is read only when the caller asks for it, which is what
 * bounds memory on a multi-gigabyte archive. Problems come in the same stream,
 * at the place they were met, so nothing is dropped silently.
 */
export async function* readInputs(paths: string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options.stdin, options.publishedAt);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (err) {
      yield { kind: 'problem', source: path, bytes: 0, message: `cannot read: ${(err as Error).message}` };
      continue;
    }
    if (isFolder) {
      for await (const entry of walkTextFiles(path)) {
        if ('unreadable' in entry) yield { kind: 'problem', source: entry.unreadable, bytes: 0, message: entry.message };
        else yield readTextFile(entry.file, relative(path, entry.file).split(sep).join('/'), options.publishedAt);
      }
    } else if (isJsonl(path)) {
      yield* readJsonlFile(path, options.publishedAt);
    } else {
      yield readTextFile(path, basename(path), options.publishedAt);
    }
  }
}

/** Total size of the inputs in bytes (for the progress bar's ETA); null when stdin is among them. */
export async function measureInputs(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const s = await stat(path);
      if (!s.isDirectory()) total += s.size;
      else for await (const e of walkTextFiles(path)) if ('file' in e) total += (await stat(e.file).catch(() => ({ size: 0 }))).size;
    } catch {
      // Reported when the path is read; it adds nothing to the total.
    }
  }
  return total;
}
