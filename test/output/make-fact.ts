import type { Fact } from '../../src/schema/fact.js';

/** A valid Fact with every field set; tests override what they look at. */
export function makeFact(overrides: Partial<Fact> = {}): Fact {
  return {
    doc: 'a.txt', metric: 'hazards.found', action: '排查', object: '安全隐患',
    value: 237000, min: null, max: null, qualifier: 'exact', unit: '项',
    text: '23.7万项', start: 10, end: 16, sentence: '全市共排查各类安全隐患23.7万项。',
    org: '长春市', orgMention: '全市', region: { code: '2201', name: '长春市', province: '吉林省', city: '长春市' },
    period: '今年以来', periodStart: '--01-01', periodEnd: null, article: 0, rule: 'hazards.found:verb+object',
    ...overrides,
  };
}
