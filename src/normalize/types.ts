/**
 * Text after normalisation, with the map back to the caller's string.
 * `offsets[i]` is the offset in `original` of normalised character i;
 * `offsets[text.length]` is `original.length`. Monotonic non-decreasing.
 */
export interface NormalizedText {
  original: string;
  text: string;
  offsets: Int32Array;
}
