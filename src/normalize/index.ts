import { joinLayoutBreaks } from './join-layout-breaks.js';
import { mapCharacters } from './map-characters.js';
import type { NormalizedText } from './types.js';
export type { NormalizedText } from './types.js';
export { decideLayoutBreak, type LayoutBreakDecision } from './layout-break-rules.js';

/**
 * Normalises report text for matching and keeps the map back to the caller's
 * string. Almost every edit is one for one, so the map is near the identity:
 * full-width forms (`２３．７万` → `23.7万`), traditional characters
 * (`應急管理廳` → `应急管理厅`), odd spaces and controls. Edits that change the
 * length: `\r\n` → `\n`, a byte-order mark or zero-width mark dropped, and
 * newspaper layout breaks removed (`…被\n\n大风刮断…` → `…被大风刮断…`).
 *
 * `offsets[i]` is the original offset of normalised character `i`;
 * `offsets[text.length] === original.length`; the map never decreases.
 *
 * @example
 * const n = normalizeText('檢查企業３１２６家');
 * n.text; // '检查企业3126家'
 * n.original.slice(n.offsets[4], n.offsets[9]); // '３１２６家'
 */
export function normalizeText(original: string): NormalizedText {
  return readCircleAsZero(joinLayoutBreaks(mapCharacters(original)));
}

/** A white circle between Chinese numerals is the numeral zero as typed (二○二五年, 二○二四至二五年度): one for one. */
const CIRCLE_ZERO = /(?<=[〇零一二三四五六七八九])○|○(?=[〇零一二三四五六七八九○])/g;

function readCircleAsZero(n: NormalizedText): NormalizedText {
  return n.text.includes('○') ? { ...n, text: n.text.replace(CIRCLE_ZERO, '〇') } : n;
}
