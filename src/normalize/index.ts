// PLACEHOLDER until normalisation lands (issue 3): identity map.
import type { NormalizedText } from './types.js';
export type { NormalizedText } from './types.js';

export function normalizeText(original: string): NormalizedText {
  const offsets = new Int32Array(original.length + 1);
  for (let i = 0; i <= original.length; i++) offsets[i] = i;
  return { original, text: original, offsets };
}
