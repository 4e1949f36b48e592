import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Two reports composed by the developers in the style of city bulletins, outside the
// gold corpus: every figure and the metric it must get. They guard the rules
// against fitting only the corpus's sentences.
const CASES: Record<string, Array<[string, string]>> = {
  'hazchem-campaign.txt': [
    ['326家次', 'inspections.targets'], ['1543项', 'hazards.found'], ['1498项', 'hazards.rectified'],
    ['97.1%', 'hazards.rectification_rate'], ['8家', 'enforcement.actions'], ['86.5万元', 'enforcement.fines'],
    ['120余场次', 'publicity.events'], ['超过1.5万人次', 'publicity.reach'], ['3万余册', 'publicity.reach'],
    ['4260人次', 'personnel.deployed'], ['830辆', 'other'], ['156人', 'other'],
    ['12起', 'accidents'], ['9人', 'accidents'], ['20%', 'trend'], ['18.2%', 'trend'], ['2.3个百分点', 'trend'],
    ['2316起', 'enforcement.actions'], ['387起', 'enforcement.actions'], ['512本', 'enforcement.actions'],
    ['1200余件', 'other'], ['98%以上', 'other'],
  ],
  'district-inspection.txt': [
    ['8个', 'inspections.teams'], ['29个', 'inspections.targets'], ['612家', 'inspections.targets'],
    ['2138处', 'hazards.found'], ['17处', 'hazards.found'], ['1986处', 'hazards.rectified'],
    ['46起', 'enforcement.actions'], ['132.8万元', 'enforcement.fines'], ['5家', 'enforcement.actions'], ['63人次', 'enforcement.actions'],
    ['逾300场', 'publicity.events'], ['约4.2万人次', 'publicity.reach'], ['86个', 'publicity.events'], ['12.6万份', 'publicity.reach'],
    ['2311次', 'other'], ['387起', 'accidents'], ['1024起', 'other'], ['900起', 'other'], ['31.5%', 'trend'],
  ],
};

describe.each(Object.entries(CASES))('composed report %s', (file, expected) => {
  const text = readFileSync(`test/fixtures/composed/${file}`, 'utf8');
  const facts = extract(text).facts;
  it('finds exactly these figures, in order', () => {
    expect(facts.map((f) => f.text)).toEqual(expected.map(([t]) => t));
  });
  it.each(expected)('%s is %s', (figure, metric) => {
    expect(facts.find((f) => f.text === figure)?.metric).toBe(metric);
  });
});
