import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { sameCountedKind } from '../../src/rules/lexicon/person-units.js';

// A figure with a verb and no object counts what the sentence counted before (ellipsis),
// but never across people and things.
describe('ellipsis: the object a figure inherits from its sentence', () => {
  it.each([
    ['全市共排查各类安全隐患23.7万项，整改23万项', '23万项', 'hazards.rectified'],
    ['共发现问题隐患2375处，已整改2100处', '2100处', 'hazards.rectified'],
    ['共发现共性问题73个，移交问题线索10件，处理处分11人', '11人', 'enforcement.actions'],
    // A 其中 part with no verb of its own is counted by the verb of the whole.
    ['全市共检查企业320家，其中危化品企业45家', '45家', 'inspections.targets'],
  ])('%s: %s is %s', (text, figure, metric) => {
    expect(extract(text).facts.find((f) => f.text === figure)?.metric).toBe(metric);
  });

  it.each([
    ['人', '人次', true], ['项', '处', true], ['项', null, true], ['个', '人', false], ['名', '件', false],
  ] as const)('%s and %s count the same kind: %s', (a, b, same) => {
    expect(sameCountedKind(a, b)).toBe(same);
  });
});
