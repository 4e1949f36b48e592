/**
 * npm run eval [-- --details] [-- --set seeds|synthetic]
 * Prints precision, recall and F1 per document and overall for the bundled gold
 * (corpus/gold), plus metric, org, period and bounds accuracy on matched facts.
 * --details lists every miss, false positive and wrong field.
 */
import { extract } from '../../src/index.js';
import { scoreSet, totals, metricOk, orgOk, periodOk, boundsOk, type DocScore, type Totals } from './score.js';

const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
const sets = ['seeds', 'synthetic'].filter((s) => !only || s === only);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function line(name: string, t: Totals): string {
  return `${name.padEnd(26)} P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}  metric ${pct(t.metricAccuracy)}  org ${pct(t.orgAccuracy)}  period ${pct(t.periodAccuracy)}  bounds ${pct(t.boundsAccuracy)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})`;
}

function printDetails(d: DocScore): void {
  for (const g of d.misses) console.log(`    MISS  ${g.text}  [${g.metric}] «${g.context ?? ''}»`);
  for (const p of d.falsePositives) console.log(`    FP    ${p.text}  [${p.metric}] ${p.action ?? ''}/${p.object ?? ''} «${p.sentence.slice(0, 60)}»`);
  for (const p of d.pairs) {
    const wrong: string[] = [];
    if (!metricOk(p)) wrong.push(`metric ${p.pred.metric} ≠ ${p.gold.metric} (${p.pred.action ?? '-'}/${p.pred.object ?? '-'} vs ${p.gold.action ?? '-'}/${p.gold.object ?? '-'})`);
    if (!orgOk(p)) wrong.push(`org ${p.pred.org} ≠ ${p.gold.org}`);
    if (!periodOk(p)) wrong.push(`period ${p.pred.periodStart} ≠ ${p.gold.periodStart} (${p.pred.period} vs ${p.gold.period})`);
    if (!boundsOk(p)) wrong.push(`bounds ${p.pred.qualifier}/${p.pred.min}/${p.pred.max} ≠ ${p.gold.qualifier}/${p.gold.min}/${p.gold.max}`);
    if (wrong.length) console.log(`    WRONG ${p.gold.text} «${p.gold.context ?? ''}»: ${wrong.join('; ')}`);
  }
}

const all: DocScore[] = [];
for (const set of sets) {
  const { scores, totals: t } = scoreSet(`corpus/gold/${set}`, `corpus/${set}`, (text, o) => extract(text, o));
  for (const d of scores) {
    console.log(line(d.doc, totals([d])));
    if (details) printDetails(d);
  }
  console.log(line(`== ${set}`, t));
  all.push(...scores);
}
if (sets.length > 1) console.log(line('== overall', totals(all)));
