import { readFileSync } from 'node:fs';
import { normalizeText } from '../../src/normalize/index.js';
import { splitDocument, type DocumentStructure } from '../../src/split/index.js';

/** Normalises and splits a bundled corpus text, `seeds/000_b00e09ce1b2c66a0` or `synthetic/s02`. */
export function readPage(name: string): DocumentStructure {
  const raw = readFileSync(new URL(`../../corpus/${name}.txt`, import.meta.url), 'utf8');
  return splitDocument(normalizeText(raw).text);
}

/** The text of paragraph `i`. */
export function paragraphText(doc: DocumentStructure, i: number): string {
  const p = doc.paragraphs[i]!;
  return doc.text.slice(p.start, p.end);
}
