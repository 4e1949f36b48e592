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
  return joinLayoutBreaks(mapCharacters(original));
}
