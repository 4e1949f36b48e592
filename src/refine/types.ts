import type { DraftFact } from '../rules/types.js';

/** Called by a filter for each fact it drops, with the reason (for `explain`). */
export type OnDrop = (fact: DraftFact, reason: string) => void;
