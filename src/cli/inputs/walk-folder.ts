import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry = { file: string } | { unreadable: string; message: string };

/** Code-unit order, not locale order, so the same folder gives the same order everywhere. */
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const isText = (name: string) => name.toLowerCase().endsWith('.txt');

/**
 * Every .txt file below `dir`, depth first, each folder's entries sorted by name.
 * Lazy: a folder is listed only when the walk reaches it, so a huge tree starts
 * producing files at once. Symbolic links to files are followed; links to
 * folders are not (they could loop). A folder that cannot be listed is yielded
 * as unreadable and the walk goes on.
 */
export async function* walkTextFiles(dir: string): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (err) {
    yield { unreadable: dir, message: `cannot list folder: ${(err as Error).message}` };
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkTextFiles(path);
    else if (isText(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) yield { file: path };
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
