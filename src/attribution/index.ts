// PLACEHOLDER until attribution lands (issue 4): nothing attributed.
import type { DocumentStructure } from '../split/types.js';
import type { Segmenter } from '../words/segmenter.js';
import type { Attribution, AttributionTarget } from './types.js';
export type { Attribution, AttributionTarget } from './types.js';

export interface AttributeOptions {
  publishedAt?: string | null;
  segmenter: Segmenter;
}

export function attribute(_doc: DocumentStructure, targets: AttributionTarget[], _options: AttributeOptions): Attribution[] {
  return targets.map(() => ({ org: null, orgMention: null, region: null, period: null, periodStart: null, periodEnd: null }));
}
