/**
 * Recall of the gold quantities by findQuantities alone: for every fact in
 * corpus/gold/{seeds,synthetic}/*.json (optional ones included), some quantity
 * overlaps its span with an equal value (1e-6 relative). Also counts, on the
 * found facts, how many bounds (min, max, qualifier), units and texts agree.
 *
 * Run `npx tsx test/quantities/gold-recall.ts` to print the figures and misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuantities, type Quantity } from '../../src/quantities/index.js';
import { locateGold, type GoldDoc, type LocatedGold } from '../tools/score.js';

export interface GoldRecall {
  facts: number; found: number; recall: number;
  boundsAgree: number; unitAgree: number; textAgree: number;
  misses: { doc: string; gold: LocatedGold; got: Quantity[] }[];
  disagreements: { doc: string; gold: LocatedGold; got: Quantity; what: string }[];
}

const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));

export function measureGoldRecall(root = '.'): GoldRecall {
  const r: GoldRecall = { facts: 0, found: 0, recall: 0, boundsAgree: 0, unitAgree: 0, textAgree: 0, misses: [], disagreements: [] };
  for (const set of ['seeds', 'synthetic']) {
    const goldDir = join(root, 'corpus/gold', set);
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldDoc;
      const text = readFileSync(join(root, 'corpus', set, gold.doc), 'utf8');
      const quantities = findQuantities(text);
      for (const fact of gold.facts) {
        const g = locateGold(text, fact);
        r.facts++;
        const near = quantities.filter((q) => q.start < g.end && g.start < q.end);
        const hit = near.find((q) => sameValue(q.value, g.value));
        if (!hit) { r.misses.push({ doc: gold.doc, gold: g, got: near }); continue; }
        r.found++;
        const bounds = hit.qualifier === g.qualifier && hit.min === g.min && hit.max === g.max;
        const unit = hit.unit === (g.unit || null);
        if (bounds) r.boundsAgree++;
        if (unit) r.unitAgree++;
        if (hit.text === g.text) r.textAgree++;
        if (!bounds || !unit || hit.text !== g.text) {
          r.disagreements.push({ doc: gold.doc, gold: g, got: hit, what: [!bounds && 'bounds', !unit && 'unit', hit.text !== g.text && 'text'].filter(Boolean).join('+') });
        }
      }
    }
  }
  r.recall = r.found / r.facts;
  return r;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = measureGoldRecall();
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(`gold recall: ${r.found}/${r.facts} = ${pct(r.found, r.facts)}`);
  console.log(`on found facts: bounds ${pct(r.boundsAgree, r.found)}, unit ${pct(r.unitAgree, r.found)}, text ${pct(r.textAgree, r.found)}`);
  for (const m of r.misses) console.log(`MISS ${m.doc} ${m.gold.text} (${m.gold.value}) in 「${m.gold.context}」 got ${JSON.stringify(m.got.map((q) => [q.text, q.value]))}`);
  for (const d of r.disagreements) {
    const { text, value, min, max, qualifier, unit } = d.got;
    console.log(`DIFF ${d.what} ${d.gold.text} gold ${JSON.stringify([d.gold.min, d.gold.max, d.gold.qualifier, d.gold.unit])} got ${JSON.stringify([text, value, min, max, qualifier, unit])}`);
  }
}
