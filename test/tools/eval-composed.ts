/**
 * npm run eval:composed [-- --details] [-- --dir <folder>]
 * The extractor against the composed reports (corpus/composed, or another folder of
 * <name>.txt + <name>.expected.json, such as a new round before it joins): figures found,
 * metric agreement, plans wrongly reported, extra facts, and agreement on the value,
 * bounds, org and period where an expectation states them.
 */
import { scoreComposed, totalComposed } from './score-composed.js';

const details = process.argv.includes('--details');
const dirAt = process.argv.indexOf('--dir');
const scores = scoreComposed(dirAt >= 0 ? process.argv[dirAt + 1]! : 'corpus/composed');
for (const s of scores) {
  console.log(`${s.doc.padEnd(18)} found ${s.found}/${s.expected}  metric ${s.agree}/${s.scored}  plans reported ${s.plansReported}/${s.plans}  extra ${s.extra}`);
  if (details) for (const l of s.lines) console.log(`    ${l}`);
}
const t = totalComposed(scores);
console.log(`   stated fields: ${Object.entries(t.fields).map(([k, v]) => `${k} ${v.agree}/${v.stated}`).join('  ')}`);
console.log(`== composed           found ${t.found}/${t.expected} = ${(100 * t.recall).toFixed(1)}%  metric ${t.agree}/${t.scored} = ${(100 * t.metricAgreement).toFixed(1)}%  plans reported ${t.plansReported}/${t.plans}  extra ${t.extra}`);
